export{L as LedeQuote}from"./chunks/lede-FdhtXywg.mjs";export{L as LedeTimeline}from"./chunks/lede-Dl99jKy3.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-BDZba5QS.mjs";
