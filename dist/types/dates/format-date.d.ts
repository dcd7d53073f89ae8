import type { UiStrings } from '../i18n/ui-strings.js';
import type { PartialDate } from './partial-date.js';
/**
 * The date in `locale`, in its own precision: `2024-12` is "декабрь 2024" (the
 * month-and-year pattern gives the nominative), never a day. Date-only values
 * are formatted in UTC so no reader's time zone shifts them; a date-time shows
 * the wall-clock time of its own offset, as the newsroom wrote it.
 */
export declare function formatPartialDate(date: PartialDate, locale: string, strings: UiStrings): string;
/**
 * Builds the locale's day formatter ahead of need. The first `Intl.DateTimeFormat`
 * of a page costs the browser 20–40 ms of setup; a widget waiting for its `src`
 * pays it while the network works instead of after.
 */
export declare function prepareDateFormats(locale: string): void;
