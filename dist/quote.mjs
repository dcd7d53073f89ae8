import"./chunks/lede-avwjdfdC.mjs";export{L as LedeQuote}from"./chunks/lede-C0vqNnAj.mjs";
