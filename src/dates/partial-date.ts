/**
 * A date known only to the precision the newsroom knows it: `2024`, `2024-12`,
 * `2024-12-25` or a date-time with an offset, optionally marked approximate
 * (`~`) or uncertain (`?`) as in EDTF. It is never turned into a local-midnight
 * `Date`, so a reader's time zone cannot move it to another day.
 */
export type DatePrecision = 'year' | 'month' | 'day' | 'time';

export interface PartialDate {
  /** Minutes east of UTC, for date-times. */
  readonly offset?: number;
  readonly precision: DatePrecision;
  readonly approximate: boolean;
  readonly uncertain: boolean;
  /** The value without its EDTF mark, for `<time datetime>`. */
  readonly iso: string;
  /**
   * Milliseconds since the epoch of the first instant the date can mean (date-only
   * values at UTC midnight): a month sorts with the first day of that month.
   */
  readonly start: number;
}

const PRECISION_RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2, time: 3 };

const PATTERN =
  /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.\d{1,9})?)?(Z|[+-]\d\d:\d\d))?)?)?([~?%])?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a partial date; anything else (including impossible dates like `2025-13-45`) gives `null`. */
export function parsePartialDate(value: string): PartialDate | null {
  const match = PATTERN.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, zone, mark] = match;
  const year = Number(y);
  const month = mo === undefined ? undefined : Number(mo);
  const day = d === undefined ? undefined : Number(d);
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) return null;
  const hour = h === undefined ? undefined : Number(h);
  const minute = mi === undefined ? undefined : Number(mi);
  const second = s === undefined ? undefined : Number(s);
  if (hour !== undefined && (hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59)) return null;
  let offset: number | undefined;
  if (zone !== undefined) {
    offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
    if (Math.abs(offset) > 18 * 60) return null;
  }
  const precision: DatePrecision = hour !== undefined ? 'time' : day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  const wallClock = Date.UTC(year, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0);
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear puts them back.
  const start = new Date(wallClock).setUTCFullYear(year) - (offset ?? 0) * 60_000;
  return {
    offset,
    precision,
    approximate: mark === '~' || mark === '%',
    uncertain: mark === '?' || mark === '%',
    iso: mark ? value.trim().slice(0, -1) : value.trim(),
    start,
  };
}

/**
 * Orders partial dates by their first instant, then coarser before finer
 * (`2024-12` before `2024-12-01`), so a month sorts before the days of that month.
 * Equal dates compare as 0, which a stable sort turns into file order.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return a.start - b.start || PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}
