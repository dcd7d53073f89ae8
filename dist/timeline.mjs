import"./chunks/lede-CU7hiFno.mjs";export{L as LedeTimeline}from"./chunks/lede-B3890tK2.mjs";
