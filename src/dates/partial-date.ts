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

// Digits only: the ranges are checked below. Alternations such as `0[1-9]|1[0-2]`
// made V8 compile this to 14.5 KB of machine code once a timeline had parsed a few dates.
const PATTERN = /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.\d{1,9})?)?(Z|[+-]\d\d:\d\d))?)?)?([~?%])?$/;

/** Parses a partial date; anything else (including impossible dates like `2025-13-45` or `2025-02-30`) gives `null`. */
export function parsePartialDate(value: string): PartialDate | null {
  const iso = value.trim();
  const match = PATTERN.exec(iso);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, zone, mark] = match;
  const offset = zone === undefined ? undefined : zone === 'Z' ? 0 : Number(`${zone[0]}1`) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
  if (+month < 1 || +month > 12 || +day < 1 || +hour > 23 || +minute > 59 || +second > 59 || Math.abs(offset ?? 0) > 18 * 60 + 59 || +(zone?.slice(4) ?? 0) > 59) return null;
  const wallClock = new Date(Date.UTC(2000, Number(month ?? 1) - 1, Number(day ?? 1), Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0)));
  // Date.UTC maps years 0–99 to 1900–1999; setting the year afterwards keeps 0–99 as written.
  wallClock.setUTCFullYear(Number(year));
  if (day && wallClock.getUTCDate() !== Number(day)) return null; // 30 February rolled over into March
  return {
    offset,
    precision: hour ? 'time' : day ? 'day' : month ? 'month' : 'year',
    approximate: mark === '~' || mark === '%',
    uncertain: mark === '?' || mark === '%',
    iso: mark ? iso.slice(0, -1) : iso,
    start: wallClock.getTime() - (offset ?? 0) * 60_000,
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
