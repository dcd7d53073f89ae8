export{L as LedeQuote}from"./chunks/lede-Chx3QVWO.mjs";export{L as LedeTimeline}from"./chunks/lede-D1A1iPa_.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-LfrvHYFd.mjs";
