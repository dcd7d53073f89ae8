export{L as LedeQuote}from"./chunks/lede-D5CyYATi.mjs";export{L as LedeTimeline}from"./chunks/lede-DHmCRkDW.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-Be1JfgBw.mjs";
