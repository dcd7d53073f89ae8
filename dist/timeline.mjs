import"./chunks/lede-DN_425m9.mjs";export{L as LedeTimeline}from"./chunks/lede-D_xcJCeY.mjs";
