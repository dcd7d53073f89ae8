import"./chunks/lede-CWSeI6EE.mjs";export{L as LedeTimeline}from"./chunks/lede-CQnaOPTk.mjs";
