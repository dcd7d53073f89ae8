export{L as LedeQuote}from"./chunks/lede-DtL1yP99.mjs";export{L as LedeTimeline}from"./chunks/lede-CcCHqXu3.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-B9RzX7gJ.mjs";
