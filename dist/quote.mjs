import"./chunks/lede-Brq6wSvt.mjs";export{L as LedeQuote}from"./chunks/lede-BPVIcr5A.mjs";
