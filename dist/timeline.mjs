import"./chunks/lede-DNMmg5l5.mjs";export{L as LedeTimeline}from"./chunks/lede-DcYwI5WQ.mjs";
