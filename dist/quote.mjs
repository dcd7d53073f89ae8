import"./chunks/lede-DWaxlZp3.mjs";export{L as LedeQuote}from"./chunks/lede-BkQXl_AB.mjs";
