export{L as LedeQuote}from"./chunks/lede-Ch_OOxcF.mjs";export{L as LedeTimeline}from"./chunks/lede-C-yDgPyb.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-BsJ9IU5h.mjs";
