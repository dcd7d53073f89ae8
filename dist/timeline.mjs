import"./chunks/lede-LfrvHYFd.mjs";export{L as LedeTimeline}from"./chunks/lede-D1A1iPa_.mjs";
