import"./chunks/lede-Cc1-3uzZ.mjs";export{L as LedeTimeline}from"./chunks/lede-BWYDz-qk.mjs";
