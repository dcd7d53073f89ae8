/** A widget's inline document: a JSON script that is its own child. */
export declare const INLINE_JSON = ":scope > script[type=\"application/json\"]";
/**
 * Upgraded while the parser is still inside the element: its inline JSON may come next. `done` is
 * called as soon as that JSON is complete, most often before the page's first paint, so nothing
 * below the widget moves; DOMContentLoaded is the last word.
 */
export declare function awaitInlineJson(element: Element, done: () => void): void;
