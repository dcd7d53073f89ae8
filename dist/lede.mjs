export{L as LedeQuote}from"./chunks/lede-Dvv9u7n-.mjs";export{L as LedeTimeline}from"./chunks/lede-CLKoNcVq.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-DbCntTAo.mjs";
