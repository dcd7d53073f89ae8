export{L as LedeQuote}from"./chunks/lede-DMnlvltu.mjs";export{L as LedeTimeline}from"./chunks/lede-g9QAzMrv.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-BNQIoIFI.mjs";
