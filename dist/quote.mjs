import"./chunks/lede-XbxYqTnV.mjs";export{L as LedeQuote}from"./chunks/lede-C8fvMQ1C.mjs";
