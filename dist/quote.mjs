import"./chunks/lede-DFTkqXVV.mjs";export{L as LedeQuote}from"./chunks/lede-BmXmlVdt.mjs";
