import"./chunks/lede-DQPrJnFf.mjs";export{L as LedeQuote}from"./chunks/lede-CbRyQ6z0.mjs";
