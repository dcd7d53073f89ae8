import"./chunks/lede-Cd1VJUMF.mjs";export{L as LedeQuote}from"./chunks/lede-Lfh1IBAh.mjs";
