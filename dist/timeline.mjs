import"./chunks/lede-CBGVmFdP.mjs";export{L as LedeTimeline}from"./chunks/lede-BOlgJQwU.mjs";
