export{L as LedeQuote}from"./chunks/lede-DbHiBp-w.mjs";export{L as LedeTimeline}from"./chunks/lede-DN9q2C_I.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-C7SAgLyU.mjs";
