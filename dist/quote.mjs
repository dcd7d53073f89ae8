import"./chunks/lede-ofXYSaaD.mjs";export{L as LedeQuote}from"./chunks/lede-BTZqTfHm.mjs";
