import"./chunks/lede-NzWB9S0Q.mjs";export{L as LedeQuote}from"./chunks/lede-DCN4UU7u.mjs";
