import"./chunks/lede-CU7hiFno.mjs";export{L as LedeQuote}from"./chunks/lede-D3WfnOD2.mjs";
