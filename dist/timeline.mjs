import"./chunks/lede-tyF8D0H8.mjs";export{L as LedeTimeline}from"./chunks/lede-X8Iltos2.mjs";
