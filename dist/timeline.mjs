import"./chunks/lede-B9RzX7gJ.mjs";export{L as LedeTimeline}from"./chunks/lede-CcCHqXu3.mjs";
