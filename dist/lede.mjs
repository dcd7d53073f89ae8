export{L as LedeQuote}from"./chunks/lede-HisMT-5x.mjs";export{L as LedeTimeline}from"./chunks/lede-B8IsK6md.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-CB_aKiqp.mjs";
