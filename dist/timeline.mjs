import"./chunks/lede-C6dv17mS.mjs";export{L as LedeTimeline}from"./chunks/lede-DfMy0NGw.mjs";
