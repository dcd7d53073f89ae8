import"./chunks/lede-DN_425m9.mjs";export{L as LedeQuote}from"./chunks/lede-BMWf1rsH.mjs";
