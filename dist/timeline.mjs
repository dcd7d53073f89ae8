import"./chunks/lede-BDZba5QS.mjs";export{L as LedeTimeline}from"./chunks/lede-Dl99jKy3.mjs";
