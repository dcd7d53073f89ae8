import"./chunks/lede-m07rJlLi.mjs";export{L as LedeTimeline}from"./chunks/lede-DsXYgbYx.mjs";
