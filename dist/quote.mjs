import"./chunks/lede-DVAnL3Gm.mjs";export{L as LedeQuote}from"./chunks/lede-Y59RmOIv.mjs";
