import"./chunks/lede-Czm_zmS_.mjs";export{L as LedeQuote}from"./chunks/lede-CCjnUn8U.mjs";
