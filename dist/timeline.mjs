import"./chunks/lede-DcVWWkRa.mjs";export{L as LedeTimeline}from"./chunks/lede-Bp_Ywzkm.mjs";
