export{L as LedeQuote}from"./chunks/lede-DCN4UU7u.mjs";export{L as LedeTimeline}from"./chunks/lede-DFqGJSiz.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-NzWB9S0Q.mjs";
