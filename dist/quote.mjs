import"./chunks/lede-B9RzX7gJ.mjs";export{L as LedeQuote}from"./chunks/lede-DtL1yP99.mjs";
