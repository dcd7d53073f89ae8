/**
 * Whether what is painted behind `element` is dark: the background colours of
 * its ancestors up to the first opaque one, laid over the canvas, which is
 * dark only when the page's `color-scheme` allows dark and the reader prefers
 * it (`prefersDark`). Background images are not looked at.
 */
export declare function isDarkBehind(element: Element, prefersDark: boolean): boolean;
/** Calls `apply` now and whenever the page behind `element` may have turned dark or light. */
export declare function followPageScheme(element: Element, apply: (dark: boolean) => void): void;
export declare function unfollowPageScheme(element: Element): void;
