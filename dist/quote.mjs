import"./chunks/lede-fxFsIxKx.mjs";export{L as LedeQuote}from"./chunks/lede-BDvL70q0.mjs";
