import"./chunks/lede-DwPZ882i.mjs";export{L as LedeTimeline}from"./chunks/lede-TCO0Wq3v.mjs";
