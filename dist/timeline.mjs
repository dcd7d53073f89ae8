import"./chunks/lede-erOnB2O5.mjs";export{L as LedeTimeline}from"./chunks/lede-BuUw8MTn.mjs";
