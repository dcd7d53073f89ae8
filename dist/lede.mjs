export{L as LedeQuote}from"./chunks/lede-CHVR868J.mjs";export{L as LedeTimeline}from"./chunks/lede-X8Iltos2.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-tyF8D0H8.mjs";
