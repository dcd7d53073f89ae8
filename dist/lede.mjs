export{L as LedeQuote}from"./chunks/lede-DhgZSJux.mjs";export{L as LedeTimeline}from"./chunks/lede-yfL3QsvJ.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-DK3dE0B-.mjs";
