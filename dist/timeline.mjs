import"./chunks/lede-XbxYqTnV.mjs";export{L as LedeTimeline}from"./chunks/lede-BNdhuAqL.mjs";
