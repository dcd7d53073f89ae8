import"./chunks/lede-Be1JfgBw.mjs";export{L as LedeQuote}from"./chunks/lede-D5CyYATi.mjs";
