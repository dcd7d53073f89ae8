import"./chunks/lede-DWaxlZp3.mjs";export{L as LedeTimeline}from"./chunks/lede-BJQXnayA.mjs";
