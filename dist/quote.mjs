import"./chunks/lede-BdYl4k86.mjs";export{L as LedeQuote}from"./chunks/lede-DRHbWj1Y.mjs";
