export{L as LedeQuote}from"./chunks/lede-CYX4GGPK.mjs";export{L as LedeTimeline}from"./chunks/lede-C0qYwCN2.mjs";export{LedeArticle}from"./article.mjs";import"./chunks/lede-DzJ__HEe.mjs";
