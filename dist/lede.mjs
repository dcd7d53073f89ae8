export{L as LedeQuote}from"./chunks/lede-Y59RmOIv.mjs";export{L as LedeTimeline}from"./chunks/lede-C-Xk-ov3.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-DVAnL3Gm.mjs";
