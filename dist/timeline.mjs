import"./chunks/lede-DK3dE0B-.mjs";export{L as LedeTimeline}from"./chunks/lede-yfL3QsvJ.mjs";
