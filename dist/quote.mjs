import"./chunks/lede-CB_aKiqp.mjs";export{L as LedeQuote}from"./chunks/lede-HisMT-5x.mjs";
