export{L as LedeQuote}from"./chunks/lede-68hpiEz-.mjs";export{L as LedeTimeline}from"./chunks/lede-CQnaOPTk.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-CWSeI6EE.mjs";
