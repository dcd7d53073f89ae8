import type { LedeShareDetail } from '../events.js';
/** The page's own address without its fragment, then `#fragment`: what a widget shares when its data names no URL. */
export declare const shareUrl: (fragment?: string) => string;
/**
 * A widget's share control, pressed: shares `url` (with `text`, where the share
 * sheet takes it) through the Web Share API where the browser has one, else
 * copies it to the clipboard. `shared` hears how (the widget's `lede-share`);
 * a copied link is `copied(true)`, then `copied(false)` four seconds later,
 * while "Link copied" shows. Nothing happens when the reader closes the sheet
 * or the page may not use the clipboard.
 */
export declare function shareLink(url: string, text: string | undefined, shared: (detail: LedeShareDetail) => void, copied: (shown: boolean) => void): Promise<void>;
