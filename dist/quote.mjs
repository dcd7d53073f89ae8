import"./chunks/lede-BpnqW6gl.mjs";export{L as LedeQuote}from"./chunks/lede-BYh7Ub3l.mjs";
