import { dateTimeFormat } from '../i18n/intl-cache.js';
import type { UiStrings } from '../i18n/ui-strings.js';
import type { DatePrecision, PartialDate } from './partial-date.js';

// Always the Gregorian calendar: a newsroom's "2024-12" is that Gregorian month, which a
// Persian or Hijri calendar would have to split across two of its own months.
const MONTH: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', timeZone: 'UTC', calendar: 'gregory' };
// A year alone is read off the month-and-year format: creating a formatter is
// the slowest step of a widget's first render, so there is one fewer to create.
const DATE_OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: MONTH,
  month: MONTH,
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC', calendar: 'gregory' },
  time: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC', calendar: 'gregory' },
};
const TIME_OPTIONS: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' };
// The languages with their own month names (below) all write a 24-hour clock.
const TIME_24: Intl.DateTimeFormatOptions = { ...TIME_OPTIONS, hourCycle: 'h23' };

// Arabic without a region writes Latin digits since CLDR 44 (Chromium, Firefox, Node), as the UI
// strings write their counts; an older ICU (WebKitGTK on Debian 12, ICU 72) would write "٢٥ ديسمبر
// ٢٠٢٤" next to "3 أحداث جديدة", and server-rendered text would change on hydration.
const formatLocale = (locale: string) => (locale === 'ar' ? 'ar-u-nu-latn' : locale);

function formatCalendarDate(wallClock: Date, precision: DatePrecision, locale: string, { monthNames: months }: UiStrings): string {
  if (months && precision !== 'year') {
    // Month names of a language some browsers' Intl has no data for ("2024 M12"):
    // "снежань 2024" (the nominative of the standalone form), "25 снежня 2024".
    const [standalone, format] = months.map((names) => names.split(' ')[wallClock.getUTCMonth()]);
    const year = wallClock.getUTCFullYear();
    return precision === 'month' ? `${standalone} ${year}` : `${wallClock.getUTCDate()} ${format} ${year}`;
  }
  let parts = dateTimeFormat(locale, DATE_OPTIONS[precision]).formatToParts(wallClock);
  if (precision === 'year') {
    // The year and what is written onto it ("2024年"), not a spaced suffix ("2024 г.").
    const at = parts.findIndex((part) => part.type === 'year');
    parts = parts.slice(at, at + 2).filter((part, index) => !index || !/^\s/.test(part.value));
  }
  // Drop a spaced suffix after the year ("2024 г.", "2024 р."): news style writes
  // "7 октября 2025", and "около 2019 г." reads worse than "около 2019". Unspaced
  // literals are part of the date itself ("2024年12月") and stay.
  while (parts.length > 1 && parts[parts.length - 1].type === 'literal' && /^\s/.test(parts[parts.length - 1].value)) {
    parts.pop();
  }
  return parts.map((part) => part.value).join('');
}

/**
 * The date in `locale`, in its own precision: `2024-12` is "декабрь 2024" (the
 * month-and-year pattern gives the nominative), never a day. Date-only values
 * are formatted in UTC so no reader's time zone shifts them; a date-time shows
 * the wall-clock time of its own offset, as the newsroom wrote it.
 */
export function formatPartialDate(date: PartialDate, locale: string, strings: UiStrings): string {
  const intlLocale = formatLocale(locale);
  const wallClock = new Date(date.start + (date.offset ?? 0) * 60_000);
  let text = formatCalendarDate(wallClock, date.precision, intlLocale, strings);
  if (date.precision === 'time') text += strings.dateTimeSeparator + dateTimeFormat(intlLocale, strings.monthNames ? TIME_24 : TIME_OPTIONS).format(wallClock);
  if (date.approximate) text = strings.approximate(text);
  if (date.uncertain) text = strings.uncertain(text);
  return text;
}

/**
 * Builds the locale's day formatter ahead of need. The first `Intl.DateTimeFormat`
 * of a page costs the browser 20–40 ms of setup; a widget waiting for its `src`
 * pays it while the network works instead of after.
 */
export function prepareDateFormats(locale: string): void {
  dateTimeFormat(formatLocale(locale), DATE_OPTIONS.day);
}
