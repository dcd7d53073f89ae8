import"./chunks/lede-CC8jlsPD.mjs";export{L as LedeTimeline}from"./chunks/lede-rGMbt1Xf.mjs";
