import type { UiStrings } from '../ui-strings.js';
export declare const he: () => UiStrings;
