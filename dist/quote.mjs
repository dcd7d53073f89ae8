import"./chunks/lede-LfrvHYFd.mjs";export{L as LedeQuote}from"./chunks/lede-Chx3QVWO.mjs";
