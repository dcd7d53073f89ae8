import"./chunks/lede-C7SAgLyU.mjs";export{L as LedeTimeline}from"./chunks/lede-DN9q2C_I.mjs";
