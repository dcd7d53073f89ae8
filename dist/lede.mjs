export{L as LedeQuote}from"./chunks/lede-BMWf1rsH.mjs";export{L as LedeTimeline}from"./chunks/lede-D_xcJCeY.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-DN_425m9.mjs";
