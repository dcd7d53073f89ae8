import"./chunks/lede-avwjdfdC.mjs";export{L as LedeTimeline}from"./chunks/lede-CBUdNJa-.mjs";
