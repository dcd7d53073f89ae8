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
/** Parses a partial date; anything else (including impossible dates like `2025-13-45` or `2025-02-30`) gives `null`. */
export declare function parsePartialDate(value: string): PartialDate | null;
/**
 * Orders partial dates by their first instant, then coarser before finer
 * (`2024-12` before `2024-12-01`), so a month sorts before the days of that month.
 * Equal dates compare as 0, which a stable sort turns into file order.
 */
export declare function comparePartialDates(a: PartialDate, b: PartialDate): number;
