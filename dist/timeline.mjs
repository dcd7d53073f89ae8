import"./chunks/lede-DcVWWkRa.mjs";export{L as LedeTimeline}from"./chunks/lede-D9pbnpIl.mjs";
