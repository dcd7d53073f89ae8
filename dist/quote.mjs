import"./chunks/lede-cM7bREBi.mjs";export{L as LedeQuote}from"./chunks/lede-DS7_lG3i.mjs";
