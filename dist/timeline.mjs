import"./chunks/lede-DzJ__HEe.mjs";export{L as LedeTimeline}from"./chunks/lede-C0qYwCN2.mjs";
