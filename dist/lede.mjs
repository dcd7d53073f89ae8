export{L as LedeQuote}from"./chunks/lede-BDvL70q0.mjs";export{L as LedeTimeline}from"./chunks/lede-ClBmJ4IT.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-fxFsIxKx.mjs";
