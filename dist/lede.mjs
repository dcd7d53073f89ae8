export{L as LedeQuote}from"./chunks/lede-BYh7Ub3l.mjs";export{L as LedeTimeline}from"./chunks/lede-CRlzyQ8I.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-BpnqW6gl.mjs";
