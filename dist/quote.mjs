import"./chunks/lede-tyF8D0H8.mjs";export{L as LedeQuote}from"./chunks/lede-CHVR868J.mjs";
