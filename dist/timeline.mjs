import"./chunks/lede-BcvDWdjq.mjs";export{L as LedeTimeline}from"./chunks/lede-Uo-9Zf_m.mjs";
