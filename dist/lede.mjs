export{L as LedeQuote}from"./chunks/lede-B2vgO885.mjs";export{L as LedeTimeline}from"./chunks/lede-DfMy0NGw.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-C6dv17mS.mjs";
