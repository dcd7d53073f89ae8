/**
 * Shared by every widget: the colour tokens and both themes on the host; the
 * reset that keeps the host page's inherited styles out of what the widget
 * draws (`.lede`: `all: initial` leaves custom properties alone, so theming
 * still reaches in), while fallback content keeps the page's own look; the
 * notice and the debug list.
 */
export declare const hostStyles: import("lit").CSSResult;
