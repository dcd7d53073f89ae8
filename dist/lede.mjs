export{L as LedeQuote}from"./chunks/lede-y529lVaJ.mjs";export{L as LedeTimeline}from"./chunks/lede-B0CRn4A2.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-CZ6B9RR7.mjs";
