import"./chunks/lede-BIXXZ36R.mjs";export{L as LedeQuote}from"./chunks/lede-zg0wt9xc.mjs";
