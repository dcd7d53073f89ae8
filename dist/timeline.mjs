import"./chunks/lede-BsJ9IU5h.mjs";export{L as LedeTimeline}from"./chunks/lede-C-yDgPyb.mjs";
