export{LedeQuote}from"./quote.mjs";export{LedeTimeline}from"./timeline.mjs";import"./chunks/lede-N_IvXCa8.mjs";
