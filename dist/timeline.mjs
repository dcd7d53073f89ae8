import"./chunks/lede-ByHlIqTz.mjs";export{L as LedeTimeline}from"./chunks/lede-Ik1LcU4V.mjs";
