import"./chunks/lede-cM7bREBi.mjs";export{L as LedeTimeline}from"./chunks/lede-1r6vRwE4.mjs";
