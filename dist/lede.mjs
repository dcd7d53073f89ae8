export{L as LedeQuote}from"./chunks/lede-DtpzKnVd.mjs";export{L as LedeTimeline}from"./chunks/lede-BCNFNTiX.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-BVQPz-36.mjs";
