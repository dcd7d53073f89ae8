import"./chunks/lede-C6dv17mS.mjs";export{L as LedeQuote}from"./chunks/lede-B2vgO885.mjs";
