import"./chunks/lede-DVAnL3Gm.mjs";export{L as LedeTimeline}from"./chunks/lede-C-Xk-ov3.mjs";
