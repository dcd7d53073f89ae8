export{L as LedeQuote}from"./chunks/lede-D0MnZsE9.mjs";export{L as LedeTimeline}from"./chunks/lede-BOlgJQwU.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-CBGVmFdP.mjs";
