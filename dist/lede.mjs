export{L as LedeQuote}from"./chunks/lede-D3WfnOD2.mjs";export{L as LedeTimeline}from"./chunks/lede-DgUh2fxk.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-CU7hiFno.mjs";
