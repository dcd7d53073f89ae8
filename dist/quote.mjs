import"./chunks/lede-BsJ9IU5h.mjs";export{L as LedeQuote}from"./chunks/lede-Ch_OOxcF.mjs";
