/**
 * Rows of TimelineJS's spreadsheet template (Year, Month, Day, Time, End Year …
 * Headline, Text, Media, Media Credit, Media Caption, Group, Type) as the slides
 * TimelineJS would build from them, each field named by its row and column.
 */
import type { ImportWarning, SlideSet } from './timelinejs.js';
/** True when `header` is the template's: it has the Year and Headline columns. */
export declare function isTimelineJsSheet(header: readonly string[]): boolean;
export declare function slidesFromSheet(header: readonly string[], rows: readonly (readonly string[])[], warnings: ImportWarning[]): SlideSet;
