import"./chunks/lede-BDZba5QS.mjs";export{L as LedeQuote}from"./chunks/lede-FdhtXywg.mjs";
