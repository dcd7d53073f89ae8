import"./chunks/lede-DzJ__HEe.mjs";export{L as LedeQuote}from"./chunks/lede-CYX4GGPK.mjs";
