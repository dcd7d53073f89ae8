export{L as LedeQuote}from"./chunks/lede-C8fvMQ1C.mjs";export{L as LedeTimeline}from"./chunks/lede-BNdhuAqL.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-XbxYqTnV.mjs";
