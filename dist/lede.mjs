export{L as LedeQuote}from"./chunks/lede-e-JsBRlc.mjs";export{L as LedeTimeline}from"./chunks/lede-DFFYkgNR.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-CauwAFNR.mjs";
