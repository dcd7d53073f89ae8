import"./chunks/lede-Czm_zmS_.mjs";export{L as LedeQuote}from"./chunks/lede-DB2HlLBu.mjs";
