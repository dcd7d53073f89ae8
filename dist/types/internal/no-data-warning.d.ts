import type { Issue } from '../data/validate.js';
export declare const NO_DATA: Issue;
type Widget = Element & {
    state: string;
    data?: unknown;
    model?: unknown;
    src?: string;
};
/**
 * A widget given nothing would say "loading" forever: `warn` is called if it still has nothing
 * once the page is parsed and a frame has passed (a framework sets `data` right after creating
 * the element, well before that).
 */
export declare function expectData(element: Widget, warn: () => void): void;
export {};
