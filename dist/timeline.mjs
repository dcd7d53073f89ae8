import"./chunks/lede-ErFY1naL.mjs";export{L as LedeTimeline}from"./chunks/lede-DtPxPsk5.mjs";
