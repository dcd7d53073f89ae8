/**
 * The `lede-widgets/import` entry: TimelineJS timelines (JSON, or its spreadsheet as CSV) and
 * plain CSVs of events as Lede timeline documents, with a warning for everything left
 * behind. DOM-free, for the `lede import` command and the playground; no widget imports it.
 */
export { importTimelineJsJson, MAX_INPUT_LENGTH, type ImportedEvent, type ImportedTimeline, type ImportOptions, type ImportResult, type ImportWarning } from './import/timelinejs.js';
export { importCsv } from './import/csv.js';
export { parseCsvRows, type CsvResult } from './import/csv-rows.js';
