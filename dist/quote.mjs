import"./chunks/lede-CXSmEUrW.mjs";export{L as LedeQuote}from"./chunks/lede-DK9l03kC.mjs";
