import"./chunks/lede-CZ6B9RR7.mjs";export{L as LedeTimeline}from"./chunks/lede-B0CRn4A2.mjs";
