import type { UiStrings } from '../ui-strings.js';
export declare const zh: () => UiStrings;
