export{L as LedeQuote}from"./chunks/lede-BTZqTfHm.mjs";export{L as LedeTimeline}from"./chunks/lede-BFh3TkXA.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-ofXYSaaD.mjs";
