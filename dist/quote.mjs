import"./chunks/lede-CauwAFNR.mjs";export{L as LedeQuote}from"./chunks/lede-e-JsBRlc.mjs";
