import"./chunks/lede-C7SAgLyU.mjs";export{L as LedeQuote}from"./chunks/lede-DbHiBp-w.mjs";
