import"./chunks/lede-BcvDWdjq.mjs";export{L as LedeQuote}from"./chunks/lede-BkNoqScg.mjs";
