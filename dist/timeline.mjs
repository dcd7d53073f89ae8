import"./chunks/lede-BIXXZ36R.mjs";export{L as LedeTimeline}from"./chunks/lede-Bn5m86hV.mjs";
