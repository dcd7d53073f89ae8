import"./chunks/lede-Csc-szzk.mjs";export{L as LedeQuote}from"./chunks/lede-Bp_rw5ZJ.mjs";
