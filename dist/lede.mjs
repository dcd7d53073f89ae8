export{L as LedeQuote}from"./chunks/lede-BkNoqScg.mjs";export{L as LedeTimeline}from"./chunks/lede-Uo-9Zf_m.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-BcvDWdjq.mjs";
