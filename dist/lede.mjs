export{L as LedeQuote}from"./chunks/lede-DK9l03kC.mjs";export{L as LedeTimeline}from"./chunks/lede-BO0IYvDJ.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-CXSmEUrW.mjs";
