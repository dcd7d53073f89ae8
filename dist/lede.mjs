export{L as LedeQuote}from"./chunks/lede-Lfh1IBAh.mjs";export{L as LedeTimeline}from"./chunks/lede-D96xpFsQ.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-Cd1VJUMF.mjs";
