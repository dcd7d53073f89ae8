import"./chunks/lede-DK3dE0B-.mjs";export{L as LedeQuote}from"./chunks/lede-DhgZSJux.mjs";
