export{L as LedeQuote}from"./chunks/lede-CCjnUn8U.mjs";export{L as LedeTimeline}from"./chunks/lede-Dh6O53zu.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-Czm_zmS_.mjs";
