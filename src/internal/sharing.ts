import type { LedeShareDetail, ShareMethod } from '../events.js';

/** The page's own address without its fragment, then `#fragment`: what a widget shares when its data names no URL. */
export const shareUrl = (fragment = ''): string => location.href.split('#')[0] + (fragment && `#${fragment}`);

/**
 * A widget's share control, pressed: shares `url` (with `text`, where the share
 * sheet takes it) through the Web Share API where the browser has one, else
 * copies it to the clipboard. `shared` hears how (the widget's `lede-share`);
 * a copied link is `copied(true)`, then `copied(false)` four seconds later,
 * while "Link copied" shows. Nothing happens when the reader closes the sheet
 * or the page may not use the clipboard.
 */
export async function shareLink(url: string, text: string | undefined, shared: (detail: LedeShareDetail) => void, copied: (shown: boolean) => void): Promise<void> {
  let method: ShareMethod = 'share';
  try {
    if (typeof navigator.share == 'function') await navigator.share({ url, text });
    else {
      await navigator.clipboard.writeText(url);
      method = 'clipboard';
    }
  } catch {
    return;
  }
  shared({ url, method });
  if (method == 'share') return;
  copied(true);
  setTimeout(() => copied(false), 4000);
}
