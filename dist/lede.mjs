export{L as LedeQuote}from"./chunks/lede-DgxymsaM.mjs";export{L as LedeTimeline}from"./chunks/lede-Ik1LcU4V.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-ByHlIqTz.mjs";
