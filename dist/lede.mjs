export{L as LedeQuote}from"./chunks/lede-CQUWjqVr.mjs";export{L as LedeTimeline}from"./chunks/lede-JUlj6Q4Y.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-BXwv3d94.mjs";
