export{L as LedeQuote}from"./chunks/lede-J2RkIQO_.mjs";export{L as LedeTimeline}from"./chunks/lede-BExgfPJ1.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-B1Luv7Il.mjs";
