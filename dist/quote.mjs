import"./chunks/lede-DcVWWkRa.mjs";export{L as LedeQuote}from"./chunks/lede-Fv12s69z.mjs";
