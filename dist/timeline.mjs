import"./chunks/lede-BpnqW6gl.mjs";export{L as LedeTimeline}from"./chunks/lede-CRlzyQ8I.mjs";
