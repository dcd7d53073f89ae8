import"./chunks/lede-fxFsIxKx.mjs";export{L as LedeTimeline}from"./chunks/lede-ClBmJ4IT.mjs";
