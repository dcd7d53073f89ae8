export{L as LedeQuote}from"./chunks/lede-C0vqNnAj.mjs";export{L as LedeTimeline}from"./chunks/lede-CBUdNJa-.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-avwjdfdC.mjs";
