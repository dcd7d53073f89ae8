import"./chunks/lede-CU7hiFno.mjs";export{L as LedeTimeline}from"./chunks/lede-DgUh2fxk.mjs";
