import"./chunks/lede-avwjdfdC.mjs";export{L as LedeTimeline}from"./chunks/lede-C3cBchuN.mjs";
