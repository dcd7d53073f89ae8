export declare const quoteStyles: import("lit").CSSResult;
