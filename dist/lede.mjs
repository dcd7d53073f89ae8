export{L as LedeQuote}from"./chunks/lede-DS7_lG3i.mjs";export{L as LedeTimeline}from"./chunks/lede-1r6vRwE4.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-cM7bREBi.mjs";
