import"./chunks/lede-BXAq2KVq.mjs";export{L as LedeQuote}from"./chunks/lede-DayXc3vx.mjs";
