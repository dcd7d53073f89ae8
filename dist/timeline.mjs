import"./chunks/lede-BNQIoIFI.mjs";export{L as LedeTimeline}from"./chunks/lede-g9QAzMrv.mjs";
