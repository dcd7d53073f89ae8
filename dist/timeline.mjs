import"./chunks/lede-DFTkqXVV.mjs";export{L as LedeTimeline}from"./chunks/lede-DRdPvlaI.mjs";
