export{L as LedeQuote}from"./chunks/lede-D3WfnOD2.mjs";export{L as LedeTimeline}from"./chunks/lede-B3890tK2.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-CU7hiFno.mjs";
