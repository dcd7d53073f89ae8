import"./chunks/lede-CBGVmFdP.mjs";export{L as LedeQuote}from"./chunks/lede-D0MnZsE9.mjs";
