import"./chunks/lede-Czm_zmS_.mjs";export{L as LedeTimeline}from"./chunks/lede-Dh6O53zu.mjs";
