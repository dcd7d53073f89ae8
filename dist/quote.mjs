import"./chunks/lede-DbCntTAo.mjs";export{L as LedeQuote}from"./chunks/lede-Dvv9u7n-.mjs";
