import"./chunks/lede-BXwv3d94.mjs";export{L as LedeQuote}from"./chunks/lede-CQUWjqVr.mjs";
