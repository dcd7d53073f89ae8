import type { ImportOptions, ImportResult } from './timelinejs.js';
/** True when `header` has a date and a title column. */
export declare function isPlainEventsCsv(header: readonly string[]): boolean;
export declare function importPlainEvents(header: readonly string[], rows: readonly (readonly string[])[], options: ImportOptions): ImportResult;
