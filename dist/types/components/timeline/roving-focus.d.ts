import type { ReactiveElement } from 'lit';
/** Roving focus: `item` becomes the events' one tab stop (in whichever list of its shadow root), and takes focus. */
export declare function focusEvent(item: HTMLElement, options?: FocusOptions): void;
/** Scrolls the horizontal track (the host's first list) most of its width back (-1) or on (1). */
export declare function pageTrack(host: ReactiveElement, direction: number): void;
/** The event (`<li data-index>`) an event of the page happened in. */
export declare function eventItemOf(event: Event): HTMLElement | undefined;
/**
 * How far a key moves focus among the events (the one tab stop): arrows by one
 * (left and right in the horizontal track only, as the text runs), Home and
 * End to the first and last; undefined for other keys.
 */
export declare function keyMove({ key, target }: KeyboardEvent, horizontal: boolean): number | undefined;
