export{L as LedeQuote}from"./chunks/lede-EaatONJM.mjs";export{L as LedeTimeline}from"./chunks/lede-DsXYgbYx.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-m07rJlLi.mjs";
