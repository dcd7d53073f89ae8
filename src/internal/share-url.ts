/** The page's own address without its fragment: what a widget shares when its data names no URL. */
export function shareUrl(fragment?: string): string {
  const url = new URL(location.href);
  url.hash = fragment ?? '';
  return url.href;
}
