export{L as LedeQuote}from"./chunks/lede-BWtkWBMa.mjs";export{L as LedeTimeline}from"./chunks/lede-BuUw8MTn.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-erOnB2O5.mjs";
