import"./chunks/lede-Brq6wSvt.mjs";export{L as LedeTimeline}from"./chunks/lede-DtBtxyr4.mjs";
