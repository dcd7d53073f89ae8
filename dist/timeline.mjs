import"./chunks/lede-DcVWWkRa.mjs";export{L as LedeTimeline}from"./chunks/lede-BXc6WR-3.mjs";
