export declare const articleStyles: import("lit").CSSResult;
