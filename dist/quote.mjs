import"./chunks/lede-BNQIoIFI.mjs";export{L as LedeQuote}from"./chunks/lede-DMnlvltu.mjs";
