import"./chunks/lede-B1Luv7Il.mjs";export{L as LedeTimeline}from"./chunks/lede-BExgfPJ1.mjs";
