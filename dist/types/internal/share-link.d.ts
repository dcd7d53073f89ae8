import type { ShareMethod } from '../events.js';
/**
 * Shares `url` through the Web Share API where the browser has one, else
 * copies it to the clipboard. Resolves with the method used, or `undefined`
 * when the reader closed the share sheet or the page may not use the clipboard.
 */
export declare function shareLink(url: string, text?: string): Promise<ShareMethod | undefined>;
