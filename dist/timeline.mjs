import"./chunks/lede-Cd1VJUMF.mjs";export{L as LedeTimeline}from"./chunks/lede-D96xpFsQ.mjs";
