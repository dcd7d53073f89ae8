import type { ReactiveElement } from 'lit';

/** Roving focus: `item` becomes the events' one tab stop (in whichever list of its shadow root), and takes focus. */
export function focusEvent(item: HTMLElement, options?: FocusOptions): void {
  for (const other of (item.getRootNode() as ParentNode).querySelectorAll<HTMLElement>('li[tabindex="0"]')) other.tabIndex = -1;
  item.tabIndex = 0;
  item.focus(options);
}

/** Which way "forward" goes where `element` is: -1 right to left, as the widget's `dir` (its locale's) says. */
const forwardIn = (element: Element) => ((element.closest('[dir]') as HTMLElement | null)?.dir == 'rtl' ? -1 : 1);

/** Scrolls the horizontal track (the host's first list) most of its width back (-1) or on (1). */
export function pageTrack(host: ReactiveElement, direction: number): void {
  const track = host.renderRoot.querySelector('ol');
  if (track) track.scrollBy({ left: direction * forwardIn(track) * track.clientWidth * 0.8 });
}

/** The event (`<li data-index>`) an event of the page happened in. */
export function eventItemOf(event: Event): HTMLElement | undefined {
  const target = event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.localName === 'li');
  return target?.dataset.index === undefined ? undefined : target;
}

/**
 * How far a key moves focus among the events (the one tab stop): arrows by one
 * (left and right in the horizontal track only, as the text runs), Home and
 * End to the first and last; undefined for other keys.
 */
export function keyMove({ key, target }: KeyboardEvent, horizontal: boolean): number | undefined {
  const forward = horizontal ? forwardIn(target as Element) : undefined;
  const moves: Record<string, number | undefined> = {
    ArrowDown: 1,
    ArrowUp: -1,
    ArrowRight: forward,
    ArrowLeft: forward && -forward,
    Home: -Infinity,
    End: Infinity,
  };
  return moves[key];
}
