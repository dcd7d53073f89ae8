import type { LitElement } from 'lit';
import type { Issue } from '../data/validate.js';
/** `scr="…"` or `colapsed-after` would be ignored without a word: a warning for each attribute near a known name. */
export declare function checkAttributes(element: LitElement): Issue[];
