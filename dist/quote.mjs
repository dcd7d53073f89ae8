import"./chunks/lede-erOnB2O5.mjs";export{L as LedeQuote}from"./chunks/lede-BWtkWBMa.mjs";
