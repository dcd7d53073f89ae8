export{L as LedeQuote}from"./chunks/lede-DK9l03kC.mjs";export{L as LedeTimeline}from"./chunks/lede-C6I0fl-e.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-CXSmEUrW.mjs";
