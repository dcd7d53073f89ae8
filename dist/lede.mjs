export{L as LedeQuote}from"./chunks/lede-BmQOs4U0.mjs";export{L as LedeTimeline}from"./chunks/lede-Ca8hD2Da.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-DwPZ882i.mjs";
