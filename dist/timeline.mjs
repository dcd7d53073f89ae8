import"./chunks/lede-DwPZ882i.mjs";export{L as LedeTimeline}from"./chunks/lede-T58jLaBB.mjs";
