import { parseCsvRows } from './csv-rows.js';
import { importPlainEvents, isPlainEventsCsv } from './plain-csv.js';
import { convertSlides, MAX_INPUT_LENGTH, type ImportOptions, type ImportResult, type ImportWarning } from './timelinejs.js';
import { isTimelineJsSheet, slidesFromSheet } from './timelinejs-sheet.js';

/** A CSV (or tab-separated rows) of TimelineJS's spreadsheet template, or of plain `date,title,description` events. */
export function importCsv(text: string, options: ImportOptions = {}): ImportResult {
  if (text.length > MAX_INPUT_LENGTH) return { ok: false, error: 'more than 1 MiB of text', warnings: [] };
  const parsed = parseCsvRows(text);
  if (!parsed.ok) return { ok: false, error: parsed.error, warnings: [] };
  const [first = [], ...rows] = parsed.rows;
  const header = first.map((name) => name.trim());
  if (isTimelineJsSheet(header)) {
    const warnings: ImportWarning[] = [];
    return convertSlides(slidesFromSheet(header, rows, warnings), options, warnings);
  }
  if (isPlainEventsCsv(header)) return importPlainEvents(header, rows, options);
  return {
    ok: false,
    error: 'line 1: expected the columns of the TimelineJS spreadsheet (Year, Month, Day … Headline, Text …) or date,title,description',
    warnings: [],
  };
}
