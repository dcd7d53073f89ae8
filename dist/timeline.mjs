import"./chunks/lede-Csc-szzk.mjs";export{L as LedeTimeline}from"./chunks/lede-b44IwlGy.mjs";
