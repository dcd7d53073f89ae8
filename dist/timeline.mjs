import"./chunks/lede-BVQPz-36.mjs";export{L as LedeTimeline}from"./chunks/lede-BCNFNTiX.mjs";
