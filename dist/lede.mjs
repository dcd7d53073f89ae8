export{L as LedeQuote}from"./chunks/lede-BmQOs4U0.mjs";export{L as LedeTimeline}from"./chunks/lede-T58jLaBB.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-DwPZ882i.mjs";
