import"./chunks/lede-CXSmEUrW.mjs";export{L as LedeTimeline}from"./chunks/lede-BO0IYvDJ.mjs";
