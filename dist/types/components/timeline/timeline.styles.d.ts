export declare const timelineStyles: import("lit").CSSResult;
