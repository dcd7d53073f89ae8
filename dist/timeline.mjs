import"./chunks/lede-CXSmEUrW.mjs";export{L as LedeTimeline}from"./chunks/lede-C6I0fl-e.mjs";
