export{L as LedeQuote}from"./chunks/lede-DRHbWj1Y.mjs";export{L as LedeTimeline}from"./chunks/lede-4EObNk26.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-BdYl4k86.mjs";
