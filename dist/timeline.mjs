import"./chunks/lede-Czm_zmS_.mjs";export{L as LedeTimeline}from"./chunks/lede-DPW-h4Yf.mjs";
