import"./chunks/lede-CauwAFNR.mjs";export{L as LedeTimeline}from"./chunks/lede-DFFYkgNR.mjs";
