/** The page's own address without its fragment: what a widget shares when its data names no URL. */
export declare function shareUrl(fragment?: string): string;
