import"./chunks/lede-CB_aKiqp.mjs";export{L as LedeTimeline}from"./chunks/lede-B8IsK6md.mjs";
