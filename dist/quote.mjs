import"./chunks/lede-DNMmg5l5.mjs";export{L as LedeQuote}from"./chunks/lede-BlpnuGPU.mjs";
