export{L as LedeQuote}from"./chunks/lede-Db8_Td0w.mjs";export{L as LedeTimeline}from"./chunks/lede-BWYDz-qk.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-Cc1-3uzZ.mjs";
