export{L as LedeQuote}from"./chunks/lede-Dc0Qh-SM.mjs";export{L as LedeTimeline}from"./chunks/lede-4EObNk26.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-BdYl4k86.mjs";
