export{L as LedeQuote}from"./chunks/lede-DayXc3vx.mjs";export{L as LedeTimeline}from"./chunks/lede-B3xPuPPY.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-BXAq2KVq.mjs";
