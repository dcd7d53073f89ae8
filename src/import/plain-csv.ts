/**
 * A plain CSV of events: `date,title,description` and, when present, the columns
 * named like Lede's own fields (end, category, location, url, id, date label).
 * Dates are written as in Lede documents: 2024, 2024-12, 2024-12-25 or a date-time.
 */
import { parsePartialDate } from '../dates/partial-date.js';
import { safeUrl } from '../safety/safe-url.js';
import { categoryKeys } from './category-keys.js';
import type { ImportedEvent, ImportedTimeline, ImportOptions, ImportResult, ImportWarning } from './timelinejs.js';

const COLUMNS: Readonly<Record<string, keyof ImportedEvent>> = {
  date: 'date',
  'start date': 'date',
  end: 'end',
  'end date': 'end',
  'date label': 'dateLabel',
  datelabel: 'dateLabel',
  'display date': 'dateLabel',
  title: 'title',
  headline: 'title',
  description: 'text',
  text: 'text',
  category: 'category',
  group: 'category',
  location: 'location',
  url: 'url',
  link: 'url',
  id: 'id',
};

const OPTIONAL_FIELDS = ['id', 'end', 'dateLabel', 'text', 'location', 'category', 'url'] as const;

/** True when `header` has a date and a title column. */
export function isPlainEventsCsv(header: readonly string[]): boolean {
  const fields = header.map((name) => fieldOf(name));
  return fields.includes('date') && fields.includes('title');
}

export function importPlainEvents(header: readonly string[], rows: readonly (readonly string[])[], options: ImportOptions): ImportResult {
  const warnings: ImportWarning[] = [];
  const fields = header.map((name) => fieldOf(name));
  header.forEach((name, at) => {
    if (name && (!fields[at] || fields.indexOf(fields[at]) !== at)) {
      warnings.push({ path: `row 1, ${name}`, message: fields[at] ? 'a second column for the same field; not carried over' : 'column not carried over (Lede has no such field)' });
    }
  });
  const column = (field: string) => fields.indexOf(field as keyof ImportedEvent);
  const events: ImportedEvent[] = [];
  const groups: string[] = [];
  rows.forEach((cells, index) => {
    const cell = (field: string) => (column(field) < 0 ? '' : (cells[column(field)] ?? '').trim());
    if (cells.every((content) => !content.trim())) return;
    const path = (field: string) => `row ${index + 2}, ${header[column(field)]}`;
    const date = cell('date');
    if (!parsePartialDate(date)) {
      warnings.push({ path: path('date'), message: `${date ? JSON.stringify(date) : 'missing'}: not a date like 2024, 2024-12 or 2024-12-25; row left out` });
      return;
    }
    const title = cell('title');
    if (!title) {
      warnings.push({ path: path('title'), message: 'missing; row left out' });
      return;
    }
    const event: ImportedEvent = { date, title };
    for (const field of OPTIONAL_FIELDS) {
      const content = cell(field);
      if (!content) continue;
      if (field === 'end' && !parsePartialDate(content)) warnings.push({ path: path(field), message: `${JSON.stringify(content)}: not a date; left out` });
      else if (field === 'url' && !/^https?:/i.test(safeUrl(content) ?? '')) warnings.push({ path: path(field), message: 'not an http(s) URL; left out' });
      else event[field] = content;
    }
    if (event.category) groups.push(event.category);
    events.push(event);
  });
  if (!events.length) return { ok: false, error: 'no row could be carried over (see the warnings)', warnings };
  const keys = categoryKeys(groups);
  for (const event of events) if (event.category) event.category = keys.get(event.category);
  const document: ImportedTimeline = {
    type: 'timeline',
    version: 1,
    ...(options.lang && { lang: options.lang }),
    ...(keys.size && { categories: Object.fromEntries([...keys].map(([label, key]) => [key, { label }])) }),
    events,
  };
  return { ok: true, document, warnings };
}

function fieldOf(name: string): keyof ImportedEvent | undefined {
  const key = name.trim().toLowerCase();
  return Object.hasOwn(COLUMNS, key) ? COLUMNS[key] : undefined;
}
