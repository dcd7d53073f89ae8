import"./chunks/lede-Cc1-3uzZ.mjs";export{L as LedeQuote}from"./chunks/lede-Db8_Td0w.mjs";
