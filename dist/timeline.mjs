import"./chunks/lede-BXAq2KVq.mjs";export{L as LedeTimeline}from"./chunks/lede-B3xPuPPY.mjs";
