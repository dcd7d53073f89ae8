import"./chunks/lede-m07rJlLi.mjs";export{L as LedeQuote}from"./chunks/lede-EaatONJM.mjs";
