export{L as LedeQuote}from"./chunks/lede-Fv12s69z.mjs";export{L as LedeTimeline}from"./chunks/lede-BXc6WR-3.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-DcVWWkRa.mjs";
