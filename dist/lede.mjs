export{L as LedeQuote}from"./chunks/lede-DB2HlLBu.mjs";export{L as LedeTimeline}from"./chunks/lede-DPW-h4Yf.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-Czm_zmS_.mjs";
