import"./chunks/lede-CWSeI6EE.mjs";export{L as LedeQuote}from"./chunks/lede-68hpiEz-.mjs";
