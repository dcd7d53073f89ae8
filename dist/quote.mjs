import"./chunks/lede-BdYl4k86.mjs";export{L as LedeQuote}from"./chunks/lede-Dc0Qh-SM.mjs";
