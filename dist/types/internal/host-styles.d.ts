/**
 * Shared by every widget: the reset that keeps the host page's inherited
 * styles out (`all: initial` leaves custom properties alone, so theming still
 * reaches in), the colour tokens and both themes, and the notice and debug list.
 */
export declare const hostStyles: import("lit").CSSResult;
