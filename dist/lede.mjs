export{L as LedeQuote}from"./chunks/lede-BPVIcr5A.mjs";export{L as LedeTimeline}from"./chunks/lede-DjZrkbVX.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-Brq6wSvt.mjs";
