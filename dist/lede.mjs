export{LedeQuote}from"./quote.mjs";
