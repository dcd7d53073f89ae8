import"./chunks/lede-BdYl4k86.mjs";export{L as LedeTimeline}from"./chunks/lede-4EObNk26.mjs";
