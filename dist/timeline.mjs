import"./chunks/lede-ofXYSaaD.mjs";export{L as LedeTimeline}from"./chunks/lede-BFh3TkXA.mjs";
