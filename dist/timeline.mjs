import"./chunks/lede-fxFsIxKx.mjs";export{L as LedeTimeline}from"./chunks/lede-D_lb29Gl.mjs";
