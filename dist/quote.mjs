import"./chunks/lede-CC8jlsPD.mjs";export{L as LedeQuote}from"./chunks/lede-DmHP-q_h.mjs";
