import"./chunks/lede-Be1JfgBw.mjs";export{L as LedeTimeline}from"./chunks/lede-DHmCRkDW.mjs";
