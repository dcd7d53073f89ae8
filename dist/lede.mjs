export{L as LedeQuote}from"./chunks/lede-BDvL70q0.mjs";export{L as LedeTimeline}from"./chunks/lede-CYmA218u.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-fxFsIxKx.mjs";
