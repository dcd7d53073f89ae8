import"./chunks/lede-B1Luv7Il.mjs";export{L as LedeQuote}from"./chunks/lede-J2RkIQO_.mjs";
