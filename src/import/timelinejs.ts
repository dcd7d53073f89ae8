/**
 * A TimelineJS3 timeline (its JSON format, or the rows of its spreadsheet template
 * read by `timelinejs-sheet.ts`) as a Lede timeline document. What Lede has no place
 * for is named in a warning with its path, never dropped silently. DOM-free: the
 * CLI runs it in Node and the playground will run it in the browser.
 */
import { parsePartialDate } from '../dates/partial-date.js';
import { safeUrl } from '../safety/safe-url.js';
import { htmlToPlainText } from './html-to-text.js';
import { categoryKeys } from './category-keys.js';

export interface ImportWarning {
  /** Where in the input: `events[3].background`, or `row 5, Background` in a spreadsheet. */
  readonly path: string;
  readonly message: string;
}
/** A Lede timeline document as the importer writes it (plain JSON). */
export interface ImportedTimeline {
  readonly type: 'timeline';
  readonly version: 1;
  readonly lang?: string;
  readonly title?: string;
  readonly description?: string;
  readonly categories?: Record<string, { readonly label: string }>;
  readonly events: readonly ImportedEvent[];
}
export interface ImportedEvent {
  id?: string;
  date: string;
  end?: string;
  dateLabel?: string;
  title: string;
  text?: string;
  category?: string;
  location?: string;
  image?: { src: string; alt: string; caption?: string; credit?: string };
  url?: string;
}
export type ImportResult =
  | { readonly ok: true; readonly document: ImportedTimeline; readonly warnings: readonly ImportWarning[] }
  | { readonly ok: false; readonly error: string; readonly warnings: readonly ImportWarning[] };
export interface ImportOptions {
  /** The document's `lang` (TimelineJS has no per-document language). */
  readonly lang?: string;
  /** The offset TimelineJS's zone-less times are written with: `Z` (the default) or `±hh:mm`. */
  readonly utcOffset?: string;
}

/** One slide as TimelineJS holds it, and how to name its fields in warnings. */
export interface Slide {
  readonly value: Record<string, unknown>;
  /** The slide itself: `events[3]`, `row 5`. */
  readonly path: string;
  /** The path of one of its fields (`media.url`) as the reader knows the input. */
  readonly pathOf: (field: string) => string;
}
export interface SlideSet {
  readonly title?: Slide;
  readonly events: readonly Slide[];
  readonly eras: readonly Slide[];
}

/** More text than this is refused before any parsing: the CLI's file limit, for the playground too. */
export const MAX_INPUT_LENGTH = 1024 * 1024;
const IMAGE_PATH = /\.(jpe?g|png|gif|webp|svg|avif)$/i;
const EVENT_FIELDS = new Set(['start_date', 'end_date', 'display_date', 'text', 'media', 'group', 'unique_id']);
const MEDIA_FIELDS = new Set(['url', 'caption', 'credit', 'alt']);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value: unknown): string | undefined => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() || undefined : undefined);

/** A TimelineJS JSON file's text, converted. */
export function importTimelineJsJson(json: string, options: ImportOptions = {}): ImportResult {
  if (json.length > MAX_INPUT_LENGTH) return { ok: false, error: 'more than 1 MiB of text', warnings: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`, warnings: [] };
  }
  if (!isObject(parsed)) return { ok: false, error: 'not a TimelineJS timeline: expected an object with "events"', warnings: [] };
  const warnings: ImportWarning[] = [];
  const slide = (value: unknown, path: string): Slide | undefined => {
    if (isObject(value)) return { value, path, pathOf: (field) => `${path}.${field}` };
    warnings.push({ path, message: 'not an object; left out' });
    return undefined;
  };
  const list = (name: string) => {
    const value = parsed[name];
    if (value === undefined) return [];
    if (Array.isArray(value)) return value.flatMap((item, index) => slide(item, `${name}[${index}]`) ?? []);
    warnings.push({ path: name, message: 'not a list; left out' });
    return [];
  };
  if (!Array.isArray(parsed.events)) return { ok: false, error: 'not a TimelineJS timeline: "events" is not a list', warnings: [] };
  for (const key of Object.keys(parsed)) {
    if (key === 'scale') warnings.push({ path: key, message: `not carried over (Lede has one time scale: years 0–9999)` });
    else if (!['title', 'events', 'eras'].includes(key)) warnings.push({ path: key, message: 'not carried over (not a TimelineJS field Lede has a place for)' });
  }
  const title = parsed.title === undefined ? undefined : slide(parsed.title, 'title');
  return convertSlides({ title, events: list('events'), eras: list('eras') }, options, warnings);
}

/** Slides from either source, as a Lede timeline. */
export function convertSlides(slides: SlideSet, options: ImportOptions, warnings: ImportWarning[] = []): ImportResult {
  const warn = (path: string, message: string) => warnings.push({ path, message });
  const offset = options.utcOffset ?? 'Z';
  if (!/^(Z|[+-]\d\d:\d\d)$/.test(offset)) return { ok: false, error: `--utc-offset ${offset}: expected Z or ±hh:mm`, warnings };
  let timesWarned = false;
  const timeOffset = (path: string) => {
    if (!timesWarned && offset === 'Z' && !options.utcOffset) {
      warn(path, 'TimelineJS times have no time zone: written as UTC (Z), so readers see the same clock time; give --utc-offset for the real one');
    }
    timesWarned = true;
    return offset;
  };

  let title: string | undefined;
  let description: string | undefined;
  if (slides.title) {
    const { value, pathOf } = slides.title;
    const text = isObject(value.text) ? value.text : {};
    title = htmlField(text.headline, pathOf('text.headline'), warn);
    description = htmlField(text.text, pathOf('text.text'), warn);
    for (const key of Object.keys(value)) {
      if (key === 'text') continue;
      if (isEmpty(value[key])) continue;
      warn(pathOf(key), key === 'media' ? 'not carried over (a Lede timeline has no title image)' : notCarried(key));
    }
  }
  for (const era of slides.eras) {
    const label = isObject(era.value.text) ? htmlField(era.value.text.headline, era.pathOf('text.headline'), () => {}) : undefined;
    warn(era.path, `era${label ? ` "${label}"` : ''} not carried over (Lede has no eras)`);
  }

  const groups = categoryKeys(slides.events.flatMap(({ value }) => textOf(value.group) ?? []));
  const events: ImportedEvent[] = [];
  for (const { value, pathOf } of slides.events) {
    const group = textOf(value.group);
    const event = convertEvent(value, pathOf, warn, timeOffset, group === undefined ? undefined : groups.get(group));
    if (event) events.push(event);
  }
  if (!events.length) return { ok: false, error: 'no event could be carried over (see the warnings)', warnings };
  const document: ImportedTimeline = {
    type: 'timeline',
    version: 1,
    ...(options.lang && { lang: options.lang }),
    ...(title && { title }),
    ...(description && { description }),
    ...(groups.size && { categories: Object.fromEntries([...groups].map(([label, key]) => [key, { label }])) }),
    events,
  };
  return { ok: true, document, warnings };
}

function convertEvent(
  value: Record<string, unknown>,
  pathOf: Slide['pathOf'],
  warn: (path: string, message: string) => void,
  timeOffset: (path: string) => string,
  category: string | undefined,
): ImportedEvent | undefined {
  const date = dateOf(value.start_date, (field) => pathOf(`start_date${field}`), warn, timeOffset);
  if (!date) {
    warn(pathOf('start_date'), 'no date Lede can show; event left out');
    return undefined;
  }
  const text = isObject(value.text) ? value.text : {};
  let title = htmlField(text.headline, pathOf('text.headline'), warn);
  let description = htmlField(text.text, pathOf('text.text'), warn);
  if (!title && description) {
    warn(pathOf('text.headline'), "missing: the text is the event's title");
    [title, description] = [description, undefined];
  }
  if (!title) {
    warn(pathOf('text.headline'), 'missing, and no text either; event left out');
    return undefined;
  }
  let end: ConvertedDate | undefined;
  if (!isEmpty(value.end_date)) {
    end = dateOf(value.end_date, (field) => pathOf(`end_date${field}`), warn, timeOffset);
    if (!end) warn(pathOf('end_date'), 'no date Lede can show; left out');
    if (end?.label) warn(pathOf('end_date.display_date'), 'not carried over (Lede writes the end date itself)');
  }
  const label = textOf(value.display_date) ?? date.label;
  if (textOf(value.display_date) && date.label) warn(pathOf('start_date.display_date'), "not carried over (the event's display_date is used)");
  let media: { image?: ImportedEvent['image']; url?: string } = {};
  if (isObject(value.media)) media = convertMedia(value.media, pathOf, warn, title);
  else if (!isEmpty(value.media)) warn(pathOf('media'), notCarried('media'));
  for (const key of Object.keys(value)) {
    if (EVENT_FIELDS.has(key) || isEmpty(value[key]) || (key === 'autolink' && value[key] === false)) continue;
    warn(pathOf(key), notCarried(key));
  }
  for (const key of Object.keys(text)) {
    if (key !== 'headline' && key !== 'text' && !isEmpty(text[key])) warn(pathOf(`text.${key}`), notCarried(key));
  }
  const id = textOf(value.unique_id);
  // In the order a person reading the JSON expects.
  return {
    ...(id && { id }),
    date: date.value,
    ...(end && { end: end.value }),
    ...(label && { dateLabel: label }),
    title,
    ...(description && { text: description }),
    ...(category && { category }),
    ...media,
  };
}

function convertMedia(
  media: Record<string, unknown>,
  pathOf: Slide['pathOf'],
  warn: (path: string, message: string) => void,
  title: string,
): { image?: ImportedEvent['image']; url?: string } {
  const source = textOf(media.url);
  const image = source ? imageUrl(source) : undefined;
  let url: string | undefined;
  const link = textOf(media.link);
  if (link) {
    const safe = safeUrl(link);
    if (safe && /^https?:/i.test(safe)) url = safe;
    else warn(pathOf('media.link'), 'not an http(s) URL; left out');
  }
  for (const key of Object.keys(media)) {
    if (MEDIA_FIELDS.has(key) || key === 'link' || isEmpty(media[key])) continue;
    warn(pathOf(`media.${key}`), key === 'thumbnail' ? 'not carried over (Lede shows the image itself)' : notCarried(key));
  }
  const caption = htmlField(media.caption, pathOf('media.caption'), warn);
  const credit = htmlField(media.credit, pathOf('media.credit'), warn);
  const orphans = () => {
    if (caption || credit) warn(pathOf('media'), 'caption and credit of media Lede cannot show; left out');
  };
  if (!source) {
    orphans();
    return url ? { url } : {};
  }
  if (!image) {
    const safe = safeUrl(source);
    if (!safe || !/^https?:/i.test(safe)) warn(pathOf('media.url'), source.startsWith('<') ? 'embed code, not a URL; left out' : 'not an http(s) URL; left out');
    else if (url) warn(pathOf('media.url'), 'not carried over (Lede shows images only)');
    else {
      url = safe;
      warn(pathOf('media.url'), "not an image (Lede shows images only): kept as the event's link");
    }
    orphans();
    return url ? { url } : {};
  }
  // TimelineJS's own fallback for alt text is the caption; the headline says more than nothing.
  const alt = (textOf(media.alt) && htmlField(media.alt, pathOf('media.alt'), warn)) || caption || title;
  return {
    image: { src: image, alt, ...(caption && { caption }), ...(credit && { credit }) },
    ...(url && { url }),
  };
}

/** An http(s) URL of an image, Wikimedia Commons file pages turned into the file itself. */
function imageUrl(source: string): string | undefined {
  const safe = safeUrl(source);
  if (!safe || !/^https?:/i.test(safe)) return undefined;
  let url: URL;
  try {
    url = new URL(safe);
  } catch {
    return undefined;
  }
  // TimelineJS shows a Commons file page (wiki/File:…, or …#/media/File:…) as its image.
  const file = /^(?:\/wiki\/)?File:(.+)$/.exec(url.hash.replace(/^#\/media\//, '') || url.pathname.replace(/^\/wiki\//, ''));
  if (/\.wiki[mp]edia\.org$/.test(url.hostname) && file && IMAGE_PATH.test(file[1])) {
    return `https://commons.wikimedia.org/wiki/Special:FilePath/${file[1]}`;
  }
  return IMAGE_PATH.test(url.pathname) ? safe : undefined;
}

interface ConvertedDate {
  readonly value: string;
  readonly label?: string;
}

/** TimelineJS's `{ year, month, day, hour, minute, second, millisecond, display_date }` as an ISO partial date. */
function dateOf(
  value: unknown,
  /** The path of the date (`''`) or of one of its parts (`'.year'`). */
  pathOf: (part: string) => string,
  warn: (path: string, message: string) => void,
  timeOffset: (path: string) => string,
): ConvertedDate | undefined {
  if (!isObject(value)) {
    warn(pathOf(''), 'not a TimelineJS date object');
    return undefined;
  }
  const label = textOf(value.display_date);
  const part = (name: string, min: number, max: number): number | undefined | null => {
    const raw = textOf(value[name]);
    if (raw === undefined) return undefined;
    const number = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
    if (number >= min && number <= max) return number;
    warn(pathOf(`.${name}`), name === 'year'
      ? `${raw} is outside the years Lede can show (0–9999)`
      : `${JSON.stringify(raw)} is out of range for ${name} (${min}–${max}); left out`);
    return null;
  };
  const year = part('year', 0, 9999);
  if (year === undefined || year === null) {
    if (year === undefined) warn(pathOf('.year'), 'missing');
    return undefined;
  }
  const pad = (number: number, width = 2) => String(number).padStart(width, '0');
  let iso = pad(year, 4);
  const month = part('month', 1, 12);
  const day = month ? part('day', 1, 31) : undefined;
  if (month) iso += `-${pad(month)}`;
  if (month && day) {
    if (parsePartialDate(`${iso}-${pad(day)}`)) iso += `-${pad(day)}`;
    else warn(pathOf('.day'), `${day} is not a day of ${iso}; left out`);
  }
  if (textOf(value.hour) !== undefined) {
    if (iso.length === 10) {
      const hour = part('hour', 0, 23);
      const minute = part('minute', 0, 59) ?? 0;
      const second = part('second', 0, 59) ?? 0;
      if (typeof hour === 'number') iso += `T${pad(hour)}:${pad(minute)}${second ? `:${pad(second)}` : ''}${timeOffset(pathOf('.hour'))}`;
    } else warn(pathOf('.hour'), 'a time needs a year, month and day; left out');
  }
  if (textOf(value.millisecond) !== undefined) warn(pathOf('.millisecond'), 'not carried over (Lede dates go to the second)');
  return { value: iso, label };
}

/** TimelineJS text is HTML; Lede's is plain text: the sanitiser's reading of it. */
function htmlField(value: unknown, path: string, warn: (path: string, message: string) => void): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') {
    warn(path, 'not text; left out');
    return undefined;
  }
  const { text, lost } = htmlToPlainText(String(value));
  for (const message of lost) warn(path, message);
  return text || undefined;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.values(value).every(isEmpty);
}

function notCarried(field: string): string {
  const reasons: Record<string, string> = {
    background: 'Lede has no slide backgrounds',
    type: 'Lede has no slide types',
    autolink: 'Lede does not turn text into links',
  };
  return `not carried over (${Object.hasOwn(reasons, field) ? reasons[field] : 'Lede has no such field'})`;
}
