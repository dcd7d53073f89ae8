import"./chunks/lede-Brq6wSvt.mjs";export{L as LedeTimeline}from"./chunks/lede-DjZrkbVX.mjs";
