import { type TemplateResult } from 'lit';
import type { TimelineModel } from '../../data/timeline-schema.js';
import { type ResolvedLocale } from '../../i18n/locale.js';
/**
 * One event of the timeline, as one flat template: optional text is hidden
 * rather than left out, because every nested template costs a clone and a
 * tree walk, and a long timeline renders thousands of these.
 *
 * @param categoryKeys The timeline's category keys, in order: an event's colour class is `c<its category's position>`.
 * @param index Its position in the data's events (`data-index`, the `index` of `lede-select`).
 * @param position Its position among the shown events; the first is the events' tab stop.
 * @param year The year to show above it: on the first event of each year, when the events span several.
 * @param current Whether it is highlighted or deep-linked.
 * @param fresh Whether a refresh brought it and the reader has not seen it yet.
 * @param anchor Its id in the page, the URL fragment that reaches it.
 * @param setSize How many events are shown, when the list holds only those rendered.
 * @param shareControl Its copy-link control.
 */
export declare function eventItem(timeline: TimelineModel, categoryKeys: readonly string[], index: number, position: number, year: string | undefined, current: boolean, fresh: boolean, anchor: string | undefined, setSize: number | undefined, failedImages: ReadonlySet<string>, { locale, language, strings }: ResolvedLocale, shareControl: unknown): TemplateResult;
