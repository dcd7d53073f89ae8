export{L as LedeQuote}from"./chunks/lede-DK5XG88L.mjs";export{L as LedeTimeline}from"./chunks/lede-DtPxPsk5.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-ErFY1naL.mjs";
