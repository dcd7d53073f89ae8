export{L as LedeQuote}from"./chunks/lede-BmXmlVdt.mjs";export{L as LedeTimeline}from"./chunks/lede-DRdPvlaI.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-DFTkqXVV.mjs";
