import { type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { type TimelineModel } from '../../data/timeline-schema.js';
import type { ObjectNode } from '../../data/schema-nodes.js';
import { LedeElement, type LedeChanges } from '../../internal/lede-element.js';
export type TimelineOrder = 'asc' | 'desc';
export type TimelineLayout = 'vertical' | 'horizontal';
export type { LedeLoadDetail, LedeErrorDetail, LedeUpdateDetail, LedeShareDetail, LedeSelectDetail } from '../../events.js';
/**
 * @tag lede-timeline
 * @summary A chronology of events with exact or partial dates, categories and sources.
 *
 * @attr src - URL of a timeline document (JSON), fetched without cookies.
 * @attr timeout - Milliseconds to wait for `src` (default 10000).
 * @attr theme - `light`, `dark` or `auto` (default: dark when the page behind it is dark).
 * @attr locale - BCP 47 tag for dates and UI strings (default: the data's `lang`, the nearest `lang`, the browser's).
 * @attr order - `asc` (default, oldest first) or `desc`.
 * @attr layout - `vertical` (default) or `horizontal` (a scrolling track; vertical below 480 px of width).
 * @attr collapsed-after - Shows this many events, then a "show all" control.
 * @attr category - Shows only events of this category key (the legend can change it).
 * @attr highlight - Id of the event to mark as current.
 * @attr shareable - Gives each event with an id a copy-link control.
 * @attr heading-level - Level of the title (default 2: the widget sits inside someone else's page).
 * @attr debug - Shows editors what was left out of the data and why.
 * @attr loading - `eager` (default) or `lazy`: fetch and render only when the element nears the viewport.
 * @attr refresh - Seconds between checks of `src` for a new version (at least 15; default 0, never).
 * @attr state - `loading`, `ready` or `error`; set by the element (read-only).
 *
 * @slot - Fallback content: shown until the timeline renders, and kept when its data fails.
 *
 * @csspart base - The whole timeline.
 * @csspart title - The timeline's title.
 * @csspart description - The line under the title.
 * @csspart legend - The category filter buttons.
 * @csspart controls - Previous / next buttons of the horizontal layout.
 * @csspart announcement - Visually hidden status read by screen readers: new events, a copied link.
 * @csspart new-events - With `order="desc"`, shows the events a refresh brought and held back.
 * @csspart events - The list of events.
 * @csspart event - One event.
 * @csspart event-current - The highlighted event (it is an `event` too).
 * @csspart event-new - The "new" mark on events a refresh brought.
 * @csspart year - The year shown on the first event of each year.
 * @csspart event-date - The date, or the span of dates.
 * @csspart event-title - The event's title.
 * @csspart category - The category chip.
 * @csspart location - Where it happened.
 * @csspart event-text - The description.
 * @csspart event-image - The image with its credit.
 * @csspart sources - The list of sources.
 * @csspart event-share - The copy-link control of an event.
 * @csspart event-share-status - "Link copied", beside that control for a few seconds.
 * @csspart show-all - The control that shows every event.
 * @csspart notice - The message shown when the data fails and there is no fallback.
 * @csspart retry - Loads the data again after a network failure.
 * @csspart issues - The `debug` list of what was left out.
 *
 * @cssprop --lede-timeline-line - The line that joins the events (default: `--lede-color-border`).
 * @cssprop --lede-timeline-marker - Event markers without a category colour (default: `--lede-color-accent`).
 *
 * @fires {LedeLoadDetail} lede-load - Data validated and rendered; detail `{ data, issues }`.
 * @fires {LedeErrorDetail} lede-error - Data could not be loaded or is invalid; detail `{ code, message, issues }`.
 * @fires {LedeUpdateDetail} lede-update - `refresh` found a new version and it is shown; detail `{ data, added, changed, removed }` (event ids).
 * @fires {LedeSelectDetail} lede-select - A reader chose an event (click, Enter or Space); detail `{ id, index }`.
 * @fires {LedeShareDetail} lede-share - An event's link was shared or copied; detail `{ url, method }`.
 */
export declare class LedeTimeline extends LedeElement<'timeline'> {
    #private;
    static styles: import("lit").CSSResult[];
    static properties: PropertyDeclarations;
    protected readonly documentType = "timeline";
    protected readonly schema: ObjectNode;
    /** `asc` (oldest first) or `desc`. */
    order: TimelineOrder;
    /** `vertical` or `horizontal`. */
    layout: TimelineLayout;
    /** Shows this many events, then a "show all" control. */
    collapsedAfter?: number;
    /** Shows only events of this category key. */
    category?: string;
    /** Id of the event to mark as current. */
    highlight?: string;
    /** Gives each event with an id a copy-link control. */
    shareable: boolean;
    /** Level of the title (default 2; inside an article, one below its headline). */
    headingLevel: number;
    private expanded;
    /** Said once through the polite live region when a refresh brings events, or a link was copied. */
    private announcement;
    /** The anchor of the event whose link was just copied: "Link copied" shows beside its control. */
    private copied?;
    connectedCallback(): void;
    protected willUpdate(changed: PropertyValues<this>): void;
    protected renderContent(timeline: TimelineModel): TemplateResult;
    protected updated(changed: PropertyValues<this>): void;
    /** Events compared by id (else date and title). */
    protected compareVersions(previous: TimelineModel, next: TimelineModel): LedeChanges;
    /** New events marked, and held back in `desc` order; the reader's place noted so the new version does not move it. */
    protected versionChanged(changes: LedeChanges): void;
}
