export{L as LedeQuote}from"./chunks/lede-DmHP-q_h.mjs";export{L as LedeTimeline}from"./chunks/lede-rGMbt1Xf.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-CC8jlsPD.mjs";
