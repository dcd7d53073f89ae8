export{L as LedeQuote}from"./chunks/lede-zg0wt9xc.mjs";export{L as LedeTimeline}from"./chunks/lede-Bn5m86hV.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-BIXXZ36R.mjs";
