import"./chunks/lede-DQPrJnFf.mjs";export{L as LedeTimeline}from"./chunks/lede-CL4jwvjb.mjs";
