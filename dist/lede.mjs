export{L as LedeQuote}from"./chunks/lede-CbRyQ6z0.mjs";export{L as LedeTimeline}from"./chunks/lede-CL4jwvjb.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-DQPrJnFf.mjs";
