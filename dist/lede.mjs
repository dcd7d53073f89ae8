export{L as LedeQuote}from"./chunks/lede-Bp_rw5ZJ.mjs";export{L as LedeTimeline}from"./chunks/lede-b44IwlGy.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-Csc-szzk.mjs";
