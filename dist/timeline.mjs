import"./chunks/lede-NzWB9S0Q.mjs";export{L as LedeTimeline}from"./chunks/lede-DFqGJSiz.mjs";
