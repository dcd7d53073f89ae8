import { type ImportOptions, type ImportResult } from './timelinejs.js';
/** A CSV (or tab-separated rows) of TimelineJS's spreadsheet template, or of plain `date,title,description` events. */
export declare function importCsv(text: string, options?: ImportOptions): ImportResult;
