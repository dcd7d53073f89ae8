export{LedeQuote}from"./quote.mjs";export{LedeTimeline}from"./timeline.mjs";import"./chunks/lede-CrfPFdsV.mjs";
