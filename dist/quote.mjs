import"./chunks/lede-ByHlIqTz.mjs";export{L as LedeQuote}from"./chunks/lede-DgxymsaM.mjs";
