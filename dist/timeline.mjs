import"./chunks/lede-DbCntTAo.mjs";export{L as LedeTimeline}from"./chunks/lede-CLKoNcVq.mjs";
