/** The page's own address without its fragment: what a widget shares when its data names no URL. */
export function shareUrl(fragment = ''): string {
  return location.href.split('#')[0] + (fragment && `#${fragment}`);
}
