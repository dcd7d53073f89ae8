import"./chunks/lede-CZ6B9RR7.mjs";export{L as LedeQuote}from"./chunks/lede-y529lVaJ.mjs";
