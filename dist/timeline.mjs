import"./chunks/lede-DwPZ882i.mjs";export{L as LedeTimeline}from"./chunks/lede-Ca8hD2Da.mjs";
