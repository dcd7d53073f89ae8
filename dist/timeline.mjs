import"./chunks/lede-fxFsIxKx.mjs";export{L as LedeTimeline}from"./chunks/lede-CYmA218u.mjs";
