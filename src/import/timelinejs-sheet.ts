/**
 * Rows of TimelineJS's spreadsheet template (Year, Month, Day, Time, End Year …
 * Headline, Text, Media, Media Credit, Media Caption, Group, Type) as the slides
 * TimelineJS would build from them, each field named by its row and column.
 */
import type { ImportWarning, Slide, SlideSet } from './timelinejs.js';

const DATE_PARTS = { Year: 'year', Month: 'month', Day: 'day' } as const;
const TEXT_COLUMNS: Readonly<Record<string, string>> = {
  'Display Date': 'display_date',
  Headline: 'text.headline',
  Text: 'text.text',
  Media: 'media.url',
  'Media Credit': 'media.credit',
  'Media Caption': 'media.caption',
  'Media Thumbnail': 'media.thumbnail',
  'Alt Text': 'media.alt',
  Alt: 'media.alt',
  Title: 'media.title',
  Link: 'media.link',
  Group: 'group',
  Tag: 'group',
  Background: 'background',
};
const KNOWN = new Set(['Type', 'Time', 'End Time', ...Object.keys(DATE_PARTS), ...Object.keys(DATE_PARTS).map((name) => `End ${name}`), ...Object.keys(TEXT_COLUMNS)]);

/** True when `header` is the template's: it has the Year and Headline columns. */
export function isTimelineJsSheet(header: readonly string[]): boolean {
  return header.includes('Year') && header.includes('Headline');
}

export function slidesFromSheet(header: readonly string[], rows: readonly (readonly string[])[], warnings: ImportWarning[]): SlideSet {
  for (const name of header) {
    if (name && !KNOWN.has(name)) warnings.push({ path: `row 1, ${name}`, message: 'column not carried over (not a TimelineJS column Lede has a place for)' });
  }
  const columnOf = new Map<string, string>();
  for (const [name, field] of Object.entries(TEXT_COLUMNS)) if (header.includes(name)) columnOf.set(field, name);
  let title: Slide | undefined;
  const events: Slide[] = [];
  const eras: Slide[] = [];
  rows.forEach((cells, index) => {
    const cell = (name: string) => {
      const at = header.indexOf(name);
      return at < 0 ? '' : (cells[at] ?? '').trim();
    };
    if (header.every((_, at) => !(cells[at] ?? '').trim())) return;
    const row = `row ${index + 2}`;
    const value: Record<string, unknown> = {};
    const nested = new Map<string, Record<string, string>>();
    for (const [name, field] of Object.entries(TEXT_COLUMNS)) {
      const content = cell(name);
      if (!content) continue;
      const [outer, inner] = field.split('.');
      if (!inner) value[outer] = content;
      else if (nested.has(outer)) nested.set(outer, { ...nested.get(outer), [inner]: content });
      else nested.set(outer, { [inner]: content });
    }
    for (const [outer, fields] of nested) value[outer] = fields;
    for (const prefix of ['', 'End ']) {
      const date: Record<string, unknown> = {};
      for (const [name, part] of Object.entries(DATE_PARTS)) if (cell(prefix + name)) date[part] = cell(prefix + name);
      const time = cell(`${prefix}Time`);
      if (time) {
        const parsed = parseTime(time);
        if (parsed) Object.assign(date, parsed);
        else warnings.push({ path: `${row}, ${prefix}Time`, message: `${JSON.stringify(time)} is not a time; left out` });
      }
      if (Object.keys(date).length) value[prefix ? 'end_date' : 'start_date'] = date;
    }
    const pathOf = (field: string) => `${row}, ${columnFor(field, columnOf)}`;
    const slide: Slide = { value, path: row, pathOf };
    const type = cell('Type').toLowerCase();
    if (type === 'title' && !title) title = slide;
    else if (type === 'era') eras.push(slide);
    else {
      if (type) value.type = cell('Type');
      events.push(slide);
    }
  });
  return { title, events, eras };
}

function columnFor(field: string, columnOf: ReadonlyMap<string, string>): string {
  const [outer, inner] = field.split('.');
  if (outer === 'start_date' || outer === 'end_date') {
    const prefix = outer === 'end_date' ? 'End ' : '';
    if (inner === 'display_date') return 'Display Date';
    return prefix + (inner === 'month' ? 'Month' : inner === 'day' ? 'Day' : inner === 'year' || !inner ? 'Year' : 'Time');
  }
  if (outer === 'type') return 'Type';
  if (field === 'media') return columnOf.get('media.url') ?? 'Media';
  return columnOf.get(field) ?? field;
}

/** "13:45", "1:45 PM", "1345", "13:45:10.5" as TimelineJS reads them; anything else gives null. */
function parseTime(text: string): Record<string, string> | null {
  const match = /^(\d{1,2})(?::?(\d\d))?(?::(\d\d)(?:\.(\d{1,3}))?)?\s*(?:([ap])\.?m\.?)?$/i.exec(text);
  if (!match) return null;
  const [, hourText, minute, second, millisecond, period] = match;
  let hour = Number(hourText);
  if (period) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (period.toLowerCase() === 'p' ? 12 : 0);
  }
  return {
    hour: String(hour),
    ...(minute && { minute }),
    ...(second && { second }),
    ...(millisecond && { millisecond }),
  };
}
