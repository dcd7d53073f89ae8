import"./chunks/lede-DwPZ882i.mjs";export{L as LedeQuote}from"./chunks/lede-BmQOs4U0.mjs";
