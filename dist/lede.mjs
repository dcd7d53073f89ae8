export{L as LedeQuote}from"./chunks/lede-BkQXl_AB.mjs";export{L as LedeTimeline}from"./chunks/lede-BJQXnayA.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-DWaxlZp3.mjs";
