export{L as LedeQuote}from"./chunks/lede-9BWDqN-z.mjs";export{L as LedeTimeline}from"./chunks/lede-DtBtxyr4.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-Brq6wSvt.mjs";
