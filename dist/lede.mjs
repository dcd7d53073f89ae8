export{L as LedeQuote}from"./chunks/lede-BlpnuGPU.mjs";export{L as LedeTimeline}from"./chunks/lede-DcYwI5WQ.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-DNMmg5l5.mjs";
