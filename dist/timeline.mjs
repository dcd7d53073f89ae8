import"./chunks/lede-BXwv3d94.mjs";export{L as LedeTimeline}from"./chunks/lede-JUlj6Q4Y.mjs";
