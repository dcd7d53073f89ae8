import"./chunks/lede-BVQPz-36.mjs";export{L as LedeQuote}from"./chunks/lede-DtpzKnVd.mjs";
