import"./chunks/lede-CXSmEUrW.mjs";export{L as LedeTimeline}from"./chunks/lede-P84hko5h.mjs";
