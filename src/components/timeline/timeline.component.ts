import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { timelineSchema, type TimelineModel } from '../../data/timeline-schema.js';
import type { ObjectNode } from '../../data/schema-nodes.js';
import { heading } from '../../internal/heading.js';
import { LedeElement, type LedeChanges } from '../../internal/lede-element.js';
import { shareLink, shareUrl } from '../../internal/sharing.js';
import { categoryFilter } from './category-filter.js';
import { BACKGROUND_LIMIT, chunkOf, chunkStart, chunkedRendering } from './chunked-rendering.js';
import { deepLinks } from './deep-links.js';
import { eventItem } from './event-item.js';
import { compareEvents, freshEvents, keyOf } from './fresh-events.js';
import { eventItemOf, focusEvent, keyMove, pageTrack } from './roving-focus.js';
import { timelineStyles } from './timeline.styles.js';

export type TimelineOrder = 'asc' | 'desc';
export type TimelineLayout = 'vertical' | 'horizontal';

// The detail types its @fires tags name, importable from here by the generated framework types.
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
export class LedeTimeline extends LedeElement<'timeline'> {
  static override styles = [...LedeElement.styles, timelineStyles];

  static override properties: PropertyDeclarations = {
    order: {},
    layout: { reflect: true },
    collapsedAfter: { type: Number, attribute: 'collapsed-after' },
    category: {},
    highlight: {},
    shareable: { type: Boolean },
    headingLevel: { type: Number, attribute: 'heading-level' },
    expanded: { state: true },
    announcement: { state: true },
    copied: { state: true },
  };

  protected readonly documentType = 'timeline';
  protected readonly schema: ObjectNode = timelineSchema;

  /** `asc` (oldest first) or `desc`. */
  order: TimelineOrder = 'asc';
  /** `vertical` or `horizontal`. */
  layout: TimelineLayout = 'vertical';
  /** Shows this many events, then a "show all" control. */
  declare collapsedAfter?: number;
  /** Shows only events of this category key. */
  declare category?: string;
  /** Id of the event to mark as current. */
  declare highlight?: string;
  /** Gives each event with an id a copy-link control. */
  shareable = false;
  /** Level of the title (default 2; inside an article, one below its headline). */
  headingLevel = 2;

  private expanded = false;
  /** Said once through the polite live region when a refresh brings events, or a link was copied. */
  private announcement = '';
  /** The anchor of the event whose link was just copied: "Link copied" shows beside its control. */
  private declare copied?: string;

  /**
   * What is shown, in order: positions in `content.events` (the `index` of
   * `lede-select`). Plain numbers, not an object per event: at 1,000 events and
   * more, the model is most of the widget's memory.
   */
  #shown: readonly number[] = [];
  /** The events shown span several years: the first event of each year says which. */
  #yearsShown = false;
  #shownFor: unknown[] = [];
  #followedFor?: TimelineModel;
  /**
   * Shown events up to `collapsed-after`; the rest are in the page too, in a closed `<details>`:
   * its summary opens it without the script, and find-in-page reaches them.
   */
  #collapsedAt = 0;
  /** The deep-linked event (its position in `content.events`), until its chunk is rendered. */
  #linkedIndex?: number;
  /** The highlighted event last brought into the horizontal track's view. */
  #revealed?: string;

  #categories = categoryFilter(this, () => this.content);
  #chunks = chunkedRendering(this, () => this.#shown.length, () => this.#fresh.notePlace());
  #links = deepLinks(this, () => this.content, (index, event) => {
    this.expanded = true;
    this.#categories.chooseCategories(new Set());
    // A link to an event a refresh holds back (order="desc") shows the held ones.
    if (this.#fresh.heldKeys.has(keyOf(event))) this.#fresh.showHeld();
    // Its place among the shown events is known once they are chosen again (willUpdate).
    this.#linkedIndex = index;
  });
  #fresh = freshEvents(this, () => this.content?.events ?? []);

  override connectedCallback(): void {
    // Server-rendered with every event: the first render shows them all too, so hydrating changes nothing on screen.
    if (!this.renderRoot && this.shadowRoot) this.#chunks.renderFirst();
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('category')) this.#categories.legendChoice = undefined;
    const timeline = this.content;
    if (timeline && this.category && (changed.has('category') || (changed as Map<PropertyKey, unknown>).has('content')) && !this.#categories.knownCategory()) {
      console.warn(this.localName, `category="${this.category}": this timeline has no such category; every event is shown`);
    }
    if (!isServer && timeline !== this.#followedFor) {
      this.#followedFor = timeline;
      this.#links.followHash();
    }
    const inputs = [timeline, this.order, this.#categories.legendChoice, this.category, this.collapsedAfter, this.expanded, this.#fresh.markCount];
    const reselect = !!timeline && inputs.some((input, position) => input !== this.#shownFor[position]);
    if (timeline && reselect) {
      this.#shownFor = inputs;
      this.#shown = this.#selectEvents(timeline);
    }
    // Without a timeline (its data failed) nothing is shown, whatever `#shown` still holds.
    if (!timeline) return;
    const { events } = timeline;
    const jumpTo = this.#chunks.jumpTo;
    if (this.#linkedIndex !== undefined) {
      jumpTo(this.#shown.indexOf(this.#linkedIndex));
      this.#linkedIndex = undefined;
    }
    if (reselect || changed.has('highlight')) jumpTo(this.highlight === undefined ? -1 : this.#shown.findIndex((index) => events[index].id === this.highlight));
    // A refresh that inserts events above can move the reader's events into a chunk not rendered yet.
    const place = this.#fresh.readerPlace;
    for (const key of place ? [place.key, place.focusedKey] : []) jumpTo(this.#shown.findIndex((index) => keyOf(events[index]) === key));
  }

  #selectEvents(timeline: TimelineModel): number[] {
    const chosen = this.#categories.chosenKeys();
    const shown: number[] = [];
    let firstYear: string | undefined;
    this.#yearsShown = false;
    timeline.events.forEach((event, index) => {
      if ((chosen.size && !chosen.has(event.category ?? '')) || this.#fresh.heldKeys.has(keyOf(event))) return;
      shown.push(index);
      // Each year as written: a date-time with an offset can sort into the next year's first hours.
      firstYear ??= event.date.iso.slice(0, 4);
      if (!event.date.iso.startsWith(firstYear)) this.#yearsShown = true;
    });
    if (this.order === 'desc') shown.reverse();
    this.#collapsedAt = this.collapsedAfter && this.collapsedAfter > 0 ? Math.min(this.collapsedAfter, shown.length) : shown.length;
    return shown;
  }

  protected renderContent(timeline: TimelineModel): TemplateResult {
    const { locale, dir, strings } = this.localeInfo;
    const categories = Object.entries(timeline.categories ?? {});
    const categoryKeys = categories.map(([key]) => key);
    const chosen = this.#categories.chosenKeys();
    const shown = this.#shown;
    const collapsedAt = this.#collapsedAt;
    const { linked } = this.#links;
    const { freshKeys, heldKeys } = this.#fresh;
    // Past BACKGROUND_LIMIT the list holds only what has rendered: screen readers get each event's place in all of them.
    const setSize = shown.length > BACKGROUND_LIMIT ? shown.length : undefined;
    /** The shown events from `from` to `to`: each chunk's part of them, or its stand-in. */
    const eventsBetween = (from: number, to: number): unknown[] => {
      const chunks: unknown[] = [];
      for (let chunk = chunkOf(from); chunkStart(chunk) < to; chunk++) {
        const start = Math.max(from, chunkStart(chunk));
        const end = Math.min(to, chunkStart(chunk + 1));
        chunks.push(
          this.#chunks.isRendered(chunk)
            ? guard([shown, start, end, this.highlight, linked, this.shareable, locale, this.#fresh.markCount, this.copied, this.failedImages], () =>
                shown.slice(start, end).map((index, offset) => {
                  const event = timeline.events[index];
                  const position = start + offset;
                  const year = event.date.iso.slice(0, 4);
                  const anchor = this.#links.anchorOf(event);
                  return eventItem(
                    timeline,
                    categoryKeys,
                    index,
                    position,
                    this.#yearsShown && year !== timeline.events[shown[position - 1]]?.date.iso.slice(0, 4) ? year : undefined,
                    event.id !== undefined && (event.id === this.highlight || event.id === linked),
                    freshKeys.has(keyOf(event)),
                    anchor,
                    setSize,
                    this.failedImages,
                    this.localeInfo,
                    this.shareable && anchor
                      ? html`<button part="event-share" type="button" ?inert=${isServer} aria-label=${strings.copyLink} title=${strings.copyLink} @click=${() => this.#share(anchor)}>
                            <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><path d="M6.5 9.5l3-3M7 4.5l1.3-1.3a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.3 1.3a2.5 2.5 0 01-3.5-3.5L5.5 8" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/></svg>
                          </button>${this.copied === anchor ? html`<span part="event-share-status">${strings.linkCopied}</span>` : nothing}`
                      : nothing,
                  );
                }),
              )
            : html`<li class="gap" data-chunk=${chunk} aria-hidden="true"></li>`,
        );
      }
      return chunks;
    };
    return html`<section part="base" class=${this.layout === 'horizontal' ? 'horizontal' : 'vertical'} lang=${locale} dir=${dir}>
      ${timeline.title ? heading(this.headingLevel, 'title', timeline.title) : nothing}
      ${timeline.description ? html`<p part="description" dir="auto">${timeline.description}</p>` : nothing}
      ${categories.length
        ? html`<div part="legend" role="group" aria-label=${strings.categoriesLabel}>
            ${categories.map(
              ([key, category]) =>
                // Before the script runs the legend is a key to the colours, with no control that would do nothing.
                isServer
                  ? html`<span>${category.label}</span>`
                  : html`<button type="button" aria-pressed=${chosen.has(key)} @click=${() => this.#toggleCategory(key)}>${category.label}</button>`,
            )}
          </div>`
        : nothing}
      ${this.layout === 'horizontal'
        ? html`<div part="controls">
            <button type="button" ?inert=${isServer} @click=${() => pageTrack(this, -1)}>${dir === 'rtl' ? '→' : '←'} ${strings.previousLabel}</button>
            <button type="button" ?inert=${isServer} @click=${() => pageTrack(this, 1)}>${strings.nextLabel} ${dir === 'rtl' ? '←' : '→'}</button>
          </div>`
        : nothing}
      <p part="announcement" role="status" class="hidden-text">${this.announcement}</p>
      ${heldKeys.size ? html`<button part="new-events" type="button" @click=${this.#fresh.showHeld}>${strings.newEvents(heldKeys.size)}</button>` : nothing}
      <ol part="events" @click=${this.#onClick} @keydown=${this.#onKeydown}>${eventsBetween(0, collapsedAt)}</ol>
      ${collapsedAt < shown.length
        ? html`<details ?open=${this.expanded} @toggle=${this.#onToggle}>
            <summary part="show-all" @click=${this.#expand}>${strings.showAll(shown.length)}</summary>
            <ol part="events" @click=${this.#onClick} @keydown=${this.#onKeydown}>${eventsBetween(collapsedAt, shown.length)}</ol>
          </details>`
        : nothing}
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Once per highlighted event, as soon as it is rendered (data from src comes later), not on every refresh.
    const reveal = this.layout === 'horizontal' ? this.highlight : undefined;
    this.#revealed = reveal && (reveal === this.#revealed || this.#revealInTrack()) ? reveal : undefined;
  }

  /** Events compared by id (else date and title). */
  protected override compareVersions(previous: TimelineModel, next: TimelineModel): LedeChanges {
    return compareEvents(previous.events, next.events);
  }

  /** New events marked, and held back in `desc` order; the reader's place noted so the new version does not move it. */
  protected override versionChanged(changes: LedeChanges): void {
    const count = this.#fresh.addVersion(changes, this.order === 'desc');
    if (count) this.announcement = this.localeInfo.strings.newEvents(count);
  }

  /** Brings the highlighted event into the horizontal track's view without scrolling the page; false while it is not rendered. */
  #revealInTrack(): boolean {
    const track = this.renderRoot.querySelector<HTMLElement>('ol');
    const element = this.renderRoot.querySelector<HTMLElement>(`[aria-current]`);
    if (track && element) track.scrollLeft = element.offsetLeft - track.offsetLeft;
    return !!element;
  }

  #toggleCategory(key: string): void {
    const chosen = new Set(this.#categories.chosenKeys());
    if (!chosen.delete(key)) chosen.add(key);
    this.#categories.chooseCategories(chosen);
    this.#chunks.startOver();
  }

  /** Find-in-page opened the collapsed events. */
  #onToggle = (event: Event): void => {
    if (event.target instanceof HTMLDetailsElement && event.target.open) this.expanded = true;
  };

  async #expand(event: Event): Promise<void> {
    // The element opens the details itself: the browser's own toggle, coming after, would close it again.
    event.preventDefault();
    const firstNew = this.#collapsedAt;
    this.expanded = true;
    // What the reader asked for appears at once (up to two chunks); a long rest follows in the background.
    this.#chunks.renderFirst(2);
    await this.updateComplete;
    // The control is gone: focus goes to the first event it showed, not to the page's start.
    const next = this.renderRoot.querySelectorAll<HTMLElement>('li[data-index]')[firstNew];
    if (next) focusEvent(next);
  }

  #select(item: HTMLElement): void {
    const index = Number(item.dataset.index);
    const event = this.content?.events[index];
    if (event) this.emit('lede-select', { id: event.id ?? String(index), index });
  }

  #onClick = (event: MouseEvent): void => {
    if (event.composedPath().some((node) => node instanceof HTMLElement && /^(a|button)$/.test(node.localName))) return;
    const item = eventItemOf(event);
    if (item) this.#select(item);
  };

  /** Roving focus: the events are one tab stop; arrows, Home and End move between them. */
  #onKeydown = async (event: KeyboardEvent): Promise<void> => {
    const item = eventItemOf(event);
    if (!item || event.target !== item) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      return this.#select(item);
    }
    const move = keyMove(event, this.layout === 'horizontal');
    if (!move) return;
    event.preventDefault();
    const shown = this.#shown;
    const to = Math.max(0, Math.min((this.expanded ? shown.length : this.#collapsedAt) - 1, shown.indexOf(Number(item.dataset.index)) + move));
    // The event moved to may not be rendered yet (End, or the next after a chunk): render its chunk (alone) first.
    this.#chunks.jumpTo(to);
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(`li[data-index="${shown[to]}"]`);
    if (target) focusEvent(target);
  };

  /** Shares an event's link; a copied one shows "Link copied" beside its control and says it through the live region, for a few seconds. */
  #share(anchor: string): void {
    const { linkCopied } = this.localeInfo.strings;
    shareLink(shareUrl(anchor), undefined, (detail) => this.emit('lede-share', detail), (shown) => {
      if (shown) {
        this.copied = anchor;
        this.announcement = linkCopied;
      } else {
        if (this.copied === anchor) this.copied = undefined;
        if (this.announcement === linkCopied) this.announcement = '';
      }
    });
  }
}
