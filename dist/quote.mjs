import"./chunks/lede-Brq6wSvt.mjs";export{L as LedeQuote}from"./chunks/lede-9BWDqN-z.mjs";
