import"./chunks/lede-ErFY1naL.mjs";export{L as LedeQuote}from"./chunks/lede-DK5XG88L.mjs";
