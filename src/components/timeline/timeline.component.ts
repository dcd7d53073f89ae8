import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { timelineSchema, type TimelineEventModel, type TimelineModel } from '../../data/timeline-schema.js';
import type { ObjectNode } from '../../data/schema-nodes.js';
import { heading } from '../../internal/heading.js';
import { LedeElement, type LedeChanges } from '../../internal/lede-element.js';
import { formatPartialDate } from '../../dates/format-date.js';
import { listSeparator } from '../../i18n/locale.js';
import { shareLink } from '../../internal/share-link.js';
import { shareUrl } from '../../internal/share-url.js';
import { categoryRules } from './category-rules.js';
import { timelineStyles } from './timeline.styles.js';

export type TimelineOrder = 'asc' | 'desc';
export type TimelineLayout = 'vertical' | 'horizontal';

/** How `refresh` matches an event across versions: its id, else its date and title. */
const keyOf = (event: TimelineEventModel): string => event.id ?? `${event.date.iso} ${event.title}`;

/** Where the reader was before a refresh or a chunk rendered above: the event on screen and its top, and the focused one. */
interface ReaderPlace {
  readonly key: string;
  readonly top: number;
  readonly focusedKey?: string;
}

// Scheduler (Chromium, Firefox): not yet in TypeScript's DOM types.
declare const scheduler: { postTask?(task: () => unknown, options: { priority: 'background' }): Promise<unknown> } | undefined;
const inBackground = (task: () => unknown) =>
  typeof scheduler === 'object' && scheduler.postTask ? scheduler.postTask(task, { priority: 'background' }) : setTimeout(task);

/**
 * Events rendered per task. The first chunk is small, since a screen shows a
 * handful of events and the reader should see them at once; the rest follow
 * in larger chunks, each well under a long task.
 */
const FIRST_CHUNK = 25;
const CHUNK = 100;

/**
 * Up to this many shown events, the rest after the first screen renders in the
 * background, so find-in-page soon sees it all. A longer timeline renders each
 * chunk as it nears the screen (or a key, a link or printing needs it): at
 * 1,000 events and more, holding every event in the page would cost the
 * reader's memory more than a search that misses the unrendered ones.
 */
const BACKGROUND_LIMIT = 300;

/** A fragment with a malformed escape (`#100%`) is compared as written: decoding it throws. */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Where chunk `chunk` starts in the list of shown events. */
function chunkStart(chunk: number): number {
  return chunk && FIRST_CHUNK + (chunk - 1) * CHUNK;
}

/** The chunk that holds the shown event at `position`. */
function chunkOf(position: number): number {
  return position < FIRST_CHUNK ? 0 : 1 + Math.floor((position - FIRST_CHUNK) / CHUNK);
}

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
    chosenCategories: { state: true },
    renderedChunks: { state: true },
    jumpedChunks: { state: true },
    linked: { state: true },
    marks: { state: true },
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
  /** The legend's choice; until a reader uses it, the `category` attribute's. */
  private declare chosenCategories?: ReadonlySet<string>;
  /** Chunks rendered from the start; the rest follow one per task. The server renders them all. */
  private renderedChunks = isServer ? Infinity : 1;
  /** Chunks further down rendered ahead of the others: near the screen, a deep link, `End`, the highlighted event. */
  private jumpedChunks: ReadonlySet<number> = new Set();
  /** The event named by the page's URL fragment (a deep link). */
  private declare linked?: string;
  /** Bumped whenever the "new" marks or the events held back by a refresh change. */
  private marks = 0;
  /** Said once through the polite live region when a refresh brings events, or a link was copied. */
  private announcement = '';
  /** The anchor of the event whose link was just copied: "Link copied" shows beside its control. */
  private declare copied?: string;
  /** Events a refresh brought, marked "new" until the reader has seen them. */
  #fresh = new Set<string>();
  /** With `order="desc"`: new events held behind the "N new events" control. */
  #held = new Set<string>();
  #readerPlace?: ReaderPlace;
  #seenObserver?: IntersectionObserver;
  #unmarkTimer?: ReturnType<typeof setTimeout>;
  #seen = new Set<string>();

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
  #categoryStyles?: CSSStyleSheet;
  #styledFor?: TimelineModel;
  /**
   * Shown events up to `collapsed-after`; the rest are in the page too, in a closed `<details>`:
   * its summary opens it without the script, and find-in-page reaches them.
   */
  #collapsedAt = 0;
  #scrollTo?: string;
  /** The deep-linked event (its position in `content.events`), until its chunk is rendered. */
  #linkedIndex?: number;
  /** The highlighted event last brought into the horizontal track's view. */
  #revealed?: string;
  /** Watches the stand-ins of chunks not rendered yet, to render each as it nears the screen. */
  #gapObserver?: IntersectionObserver;

  override connectedCallback(): void {
    // Server-rendered with every event: the first render shows them all too, so hydrating changes nothing on screen.
    if (!this.renderRoot && this.shadowRoot) this.renderedChunks = Infinity;
    super.connectedCallback();
    addEventListener('hashchange', this.#followHash);
    addEventListener('beforeprint', this.#renderAll);
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#followHash);
    removeEventListener('beforeprint', this.#renderAll);
    this.#gapObserver?.disconnect();
    this.#seenObserver?.disconnect();
    this.#seenObserver = undefined;
    clearTimeout(this.#unmarkTimer);
  }

  /** The URL fragment that reaches an event: `#<timeline id>-<event id>`. */
  #anchorOf(event: TimelineEventModel): string | undefined {
    return event.id && (this.content?.id ? `${this.content.id}-${event.id}` : event.id);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('category')) this.chosenCategories = undefined;
    const timeline = this.content;
    if (timeline && this.category && (changed.has('category') || (changed as Map<PropertyKey, unknown>).has('content')) && !this.#knownCategory()) {
      console.warn(this.localName, `category="${this.category}": this timeline has no such category; every event is shown`);
    }
    if (!isServer && timeline !== this.#followedFor) {
      this.#followedFor = timeline;
      this.#followHash();
    }
    const inputs = [timeline, this.order, this.chosenCategories, this.category, this.collapsedAfter, this.expanded, this.marks];
    const reselect = !!timeline && inputs.some((input, position) => input !== this.#shownFor[position]);
    if (timeline && reselect) {
      this.#shownFor = inputs;
      this.#shown = this.#selectEvents(timeline);
    }
    // Without a timeline (its data failed) nothing is shown, whatever `#shown` still holds.
    if (!timeline) return;
    const { events } = timeline;
    if (this.#linkedIndex !== undefined) {
      this.#jumpTo(this.#shown.indexOf(this.#linkedIndex));
      this.#linkedIndex = undefined;
    }
    if (reselect || changed.has('highlight')) {
      const position = this.highlight === undefined ? -1 : this.#shown.findIndex((index) => events[index].id === this.highlight);
      if (position >= FIRST_CHUNK) this.#jumpTo(position);
    }
    // A refresh that inserts events above can move the reader's events into a chunk not rendered yet.
    const place = this.#readerPlace;
    for (const key of place ? [place.key, place.focusedKey] : []) {
      const position = this.#shown.findIndex((index) => keyOf(events[index]) === key);
      if (position >= 0) this.#jumpTo(position);
    }
  }

  /** The categories the reader chose in the legend, else the one the `category` attribute names (if the timeline has it). */
  #chosenCategories(): ReadonlySet<string> {
    const known = this.#knownCategory();
    return this.chosenCategories ?? new Set(known ? [known] : []);
  }

  /** The `category` attribute's key, if this timeline has that category. */
  #knownCategory(): string | undefined {
    return this.category && Object.hasOwn(this.content?.categories ?? {}, this.category) ? this.category : undefined;
  }

  #selectEvents(timeline: TimelineModel): number[] {
    const chosen = this.#chosenCategories();
    const shown: number[] = [];
    let firstYear: string | undefined;
    this.#yearsShown = false;
    timeline.events.forEach((event, index) => {
      if ((chosen.size && !chosen.has(event.category ?? '')) || this.#held.has(keyOf(event))) return;
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
    // An event's colour class is `c<its category's position>`.
    const categoryKeys = categories.map(([key]) => key);
    const chosen = this.#chosenCategories();
    const shown = this.#shown;
    const collapsedAt = this.#collapsedAt;
    /** The shown events from `from` to `to`: each chunk's part of them, or its stand-in. */
    const eventsBetween = (from: number, to: number): unknown[] => {
      const chunks: unknown[] = [];
      for (let chunk = chunkOf(from); chunkStart(chunk) < to; chunk++) {
        const start = Math.max(from, chunkStart(chunk));
        const end = Math.min(to, chunkStart(chunk + 1));
        chunks.push(
          this.#isRendered(chunk)
            ? guard([shown, start, end, this.highlight, this.linked, this.shareable, locale, this.marks, this.copied, this.failedImages], () =>
                html`${shown.slice(start, end).map((index, offset) => this.#renderEvent(timeline, categoryKeys, index, start + offset))}`,
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
        ? html`<div part="legend" role="group" aria-label=${strings.categories}>
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
            <button type="button" ?inert=${isServer} @click=${() => this.#page(-1)}>${dir === 'rtl' ? '→' : '←'} ${strings.previous}</button>
            <button type="button" ?inert=${isServer} @click=${() => this.#page(1)}>${strings.next} ${dir === 'rtl' ? '←' : '→'}</button>
          </div>`
        : nothing}
      <p part="announcement" role="status" class="hidden-text">${this.announcement}</p>
      ${this.#held.size
        ? html`<button part="new-events" type="button" @click=${this.#showHeld}>${strings.newEvents(this.#held.size)}</button>`
        : nothing}
      <ol part="events" @click=${this.#onClick} @keydown=${this.#onKeydown}>${eventsBetween(0, collapsedAt)}</ol>
      ${collapsedAt < shown.length
        ? html`<details ?open=${this.expanded} @toggle=${this.#onToggle}>
            <summary part="show-all" @click=${this.#expand}>${strings.showAll(shown.length)}</summary>
            <ol part="events" @click=${this.#onClick} @keydown=${this.#onKeydown}>${eventsBetween(collapsedAt, shown.length)}</ol>
          </details>`
        : nothing}
    </section>`;
  }

  /**
   * One flat template per event: optional text is hidden rather than left
   * out, because every nested template costs a clone and a tree walk, and a
   * long timeline renders thousands of these.
   */
  #renderEvent(timeline: TimelineModel, categoryKeys: readonly string[], index: number, position: number): TemplateResult {
    const { locale, language, strings } = this.localeInfo;
    const event = timeline.events[index];
    const before = position ? timeline.events[this.#shown[position - 1]] : undefined;
    const year = event.date.iso.slice(0, 4);
    const yearShown = this.#yearsShown && year !== before?.date.iso.slice(0, 4);
    const category = event.category === undefined ? undefined : timeline.categories?.[event.category];
    const categoryNumber = event.category === undefined ? -1 : categoryKeys.indexOf(event.category);
    const categoryClass = categoryNumber < 0 ? undefined : `c${categoryNumber}`;
    const current = event.id !== undefined && (event.id === this.highlight || event.id === this.linked);
    const fresh = this.#fresh.has(keyOf(event));
    const anchor = this.#anchorOf(event);
    const { image, sources } = event;
    // Past BACKGROUND_LIMIT the list holds only what has rendered: screen readers get each event's place in all of them.
    const count = this.#shown.length > BACKGROUND_LIMIT ? this.#shown.length : undefined;
    return html`<li
      part=${current ? 'event event-current' : 'event'}
      id=${anchor ?? nothing}
      data-index=${index}
      tabindex=${position ? -1 : 0}
      aria-posinset=${count ? position + 1 : nothing}
      aria-setsize=${count ?? nothing}
      aria-current=${current ? 'true' : nothing}
      class=${[categoryClass, fresh && 'new'].filter(Boolean).join(' ') || nothing}
    >
      <p part="year" ?hidden=${!yearShown}>${yearShown ? year : nothing}</p>
      <span part="event-new" ?hidden=${!fresh}>${fresh ? strings.newMark : nothing}</span>
      <div part="event-date">
        <time datetime=${event.date.iso}>${event.dateLabel ?? formatPartialDate(event.date, locale, strings)}</time>${event.end
          ? html` – <time datetime=${event.end.iso}>${formatPartialDate(event.end, locale, strings)}</time>`
          : nothing}
        <span part="category" dir="auto" ?hidden=${!category}>${category?.label}</span>
      </div>
      <p part="event-title" dir="auto">${event.title}</p>
      <p part="location" dir="auto" ?hidden=${!event.location}>${event.location}</p>
      <p part="event-text" dir="auto" ?hidden=${!event.text}>${event.text}</p>
      ${image && !(this.failedImages.has(image.src) && !image.caption && !image.credit)
        ? html`<figure part="event-image">
            ${this.failedImages.has(image.src)
              ? nothing
              : html`<img src=${image.src} alt=${image.alt} width=${image.width ?? nothing} height=${image.height ?? nothing} loading="lazy" decoding="async" referrerpolicy="no-referrer" />`}
            <figcaption dir="auto">${[image.caption, image.credit].filter(Boolean).join(' · ')}</figcaption>
          </figure>`
        : nothing}${sources?.length
        ? html`<p part="sources">
            ${strings.sources}:
            ${sources.map(
              (source, at) => html`${at ? listSeparator(language) : ''}<bdi>${source.url ? html`<a href=${source.url} rel="noopener">${source.name}</a>` : source.name}</bdi>`,
            )}
          </p>`
        : nothing}${this.shareable && anchor
        ? html`<button part="event-share" type="button" ?inert=${isServer} aria-label=${strings.copyLink} title=${strings.copyLink} @click=${() => this.#share(anchor)}>
            <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><path d="M6.5 9.5l3-3M7 4.5l1.3-1.3a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.3 1.3a2.5 2.5 0 01-3.5-3.5L5.5 8" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/></svg>
          </button>${this.copied === anchor ? html`<span part="event-share-status">${strings.linkCopied}</span>` : nothing}`
        : nothing}
    </li>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.content !== this.#styledFor) this.#styleCategories();
    // A timeline taken off the page stops here, and goes on when it comes back (connectedCallback).
    if (this.isConnected && chunkStart(this.renderedChunks) < this.#shown.length && this.#shown.length <= BACKGROUND_LIMIT) {
      // The rest of the timeline, one chunk per task: no long task, and find-in-page soon sees
      // it all. At background priority where the browser has it, so the page's own tasks go first.
      // The first screen is painted before the first of them, so it shows at once.
      const next = () => inBackground(() => this.isConnected && this.renderedChunks++);
      if (this.renderedChunks > 1) next();
      else requestAnimationFrame(next);
    }
    if (this.isConnected) this.#watchGaps();
    const target = this.#scrollTo;
    if (target) {
      const element = this.renderRoot.querySelector(`[id="${CSS.escape(target)}"]`);
      if (element) {
        this.#scrollTo = undefined;
        // The same timeline embedded twice: the first in the page that shows the event is the one reached.
        const first = [...document.querySelectorAll('lede-timeline')].find((other) => other === this || other.shadowRoot?.getElementById(target));
        if (!first || first === this) element.scrollIntoView({ block: 'center' });
      }
    }
    // Once per highlighted event, as soon as it is rendered (data from src comes later), not on every refresh.
    const reveal = this.layout === 'horizontal' ? this.highlight : undefined;
    this.#revealed = reveal && (reveal === this.#revealed || this.#revealInTrack()) ? reveal : undefined;
    if (this.#readerPlace) this.#keepReaderPlace(this.#readerPlace);
    if (this.#fresh.size) this.#watchFresh();
  }

  /** Events compared by id (else date and title). */
  protected override compareVersions(previous: TimelineModel, next: TimelineModel): LedeChanges {
    const before = new Map(previous.events.map((event) => [keyOf(event), JSON.stringify(event)]));
    const after = new Map(next.events.map((event) => [keyOf(event), JSON.stringify(event)]));
    return {
      added: [...after.keys()].filter((key) => !before.has(key)),
      changed: [...after.keys()].filter((key) => before.has(key) && before.get(key) !== after.get(key)),
      removed: [...before.keys()].filter((key) => !after.has(key)),
    };
  }

  /** New events marked, and held back in `desc` order; the reader's place noted so the new version does not move it. */
  protected override versionChanged({ added, removed }: LedeChanges): void {
    for (const key of added) {
      this.#fresh.add(key);
      if (this.order === 'desc') this.#held.add(key);
    }
    for (const key of removed) {
      this.#fresh.delete(key);
      this.#held.delete(key);
    }
    if (added.length) {
      this.marks++;
      this.announcement = this.localeInfo.strings.newEvents(this.order === 'desc' ? this.#held.size : added.length);
    }
    this.#readerPlace = this.#findReaderPlace();
  }

  /** The event the reader is on: the focused one if it is on screen, else the first whose bottom is; and the focused one. */
  #findReaderPlace(): ReaderPlace | undefined {
    const events = this.content?.events ?? [];
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('li[data-index]')];
    const focused = items.find((item) => item === this.shadowRoot?.activeElement);
    const onScreen = (item: HTMLElement) => item.getBoundingClientRect().bottom > 0 && item.getBoundingClientRect().top < innerHeight;
    const item = (focused && onScreen(focused) ? focused : undefined) ?? items.find((candidate) => candidate.getBoundingClientRect().bottom > 0);
    const event = item && events[Number(item.dataset.index)];
    const focusedEvent = focused && events[Number(focused.dataset.index)];
    return event && { key: keyOf(event), top: item.getBoundingClientRect().top, focusedKey: focusedEvent ? keyOf(focusedEvent) : undefined };
  }

  /**
   * After a refresh, events inserted above must not push the reader's event
   * down (nor removed ones pull it up): scroll back by what it moved, and
   * keep focus on the same event.
   */
  #keepReaderPlace(place: ReaderPlace): void {
    this.#readerPlace = undefined;
    const events = this.content?.events ?? [];
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('li[data-index]')];
    const itemOf = (key?: string) => items.find((candidate) => keyOf(events[Number(candidate.dataset.index)]) === key);
    const item = itemOf(place.key);
    const moved = item ? item.getBoundingClientRect().top - place.top : 0;
    if (moved) scrollBy(0, moved);
    // The list's items are reused by position: the focused one may now show another event.
    const focused = itemOf(place.focusedKey);
    if (focused) this.#focusEvent(focused, { preventScroll: true });
  }

  /** "New" marks go a few seconds after their event has been on screen. */
  #watchFresh(): void {
    this.#seenObserver ??= new IntersectionObserver((entries) => {
      const events = this.content?.events ?? [];
      for (const entry of entries) {
        if (entry.isIntersecting) this.#seen.add(keyOf(events[Number((entry.target as HTMLElement).dataset.index)]));
      }
      if (!this.#seen.size || this.#unmarkTimer) return;
      this.#unmarkTimer = setTimeout(() => {
        this.#unmarkTimer = undefined;
        for (const key of this.#seen) this.#fresh.delete(key);
        this.#seen.clear();
        this.marks++;
      }, 3000);
    });
    this.#seenObserver.disconnect();
    for (const item of this.renderRoot.querySelectorAll('li.new')) this.#seenObserver.observe(item);
  }

  #showHeld(): void {
    this.#held.clear();
    this.marks++;
  }

  /**
   * Category colours come from the data, so they go into a constructed
   * stylesheet: a style attribute would be blocked by a strict
   * Content-Security-Policy, constructed sheets are not. Colours are validated
   * `#rgb`/`#rrggbb`, so they cannot break out of the rule.
   */
  #styleCategories(): void {
    this.#styledFor = this.content;
    const sheet = (this.#categoryStyles ??= new CSSStyleSheet());
    sheet.replaceSync(categoryRules(this.content));
    const root = this.shadowRoot;
    if (root && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /** Brings the highlighted event into the horizontal track's view without scrolling the page; false while it is not rendered. */
  #revealInTrack(): boolean {
    const track = this.renderRoot.querySelector<HTMLElement>('ol');
    const element = this.renderRoot.querySelector<HTMLElement>(`[aria-current]`);
    if (track && element) track.scrollLeft = element.offsetLeft - track.offsetLeft;
    return !!element;
  }

  /** Shows the event the page's URL fragment names, rendering and expanding as far as needed. */
  #followHash = (): void => {
    const fragment = decodeFragment(location.hash.slice(1));
    const events = this.content?.events ?? [];
    const index = fragment ? events.findIndex((candidate) => this.#anchorOf(candidate) === fragment) : -1;
    if (index < 0) return;
    this.linked = events[index].id;
    this.expanded = true;
    this.chosenCategories = new Set();
    // A link to an event a refresh holds back (order="desc") shows the held ones.
    if (this.#held.has(keyOf(events[index]))) this.#showHeld();
    // Its place among the shown events is known once they are chosen again (willUpdate).
    this.#linkedIndex = index;
    this.#scrollTo = fragment;
  };

  /** Renders the chunk holding the event at `position` now, ahead of those before it. */
  #jumpTo(position: number): void {
    this.#renderChunks([chunkOf(position)]);
  }

  #isRendered(chunk: number): boolean {
    return chunk < this.renderedChunks || this.jumpedChunks.has(chunk);
  }

  #renderChunks(chunks: readonly number[]): void {
    if (!chunks.every((chunk) => this.#isRendered(chunk))) this.jumpedChunks = new Set([...this.jumpedChunks, ...chunks]);
  }

  /** Printed, a timeline shows every event. */
  #renderAll = (): void => {
    this.#readerPlace ??= this.#findReaderPlace();
    this.renderedChunks = Infinity;
  };

  /**
   * A chunk renders when its stand-in comes within half a screen of the viewport
   * (in the horizontal track, within a track's width where the browser has
   * `scrollMargin`). One rendered above the screen grows or shrinks what is
   * above the reader: the reader's event is kept in place, as browsers with
   * scroll anchoring would, and those without (Safari) need.
   */
  #watchGaps(): void {
    const gaps = this.renderRoot.querySelectorAll<HTMLElement>('li.gap');
    this.#gapObserver?.disconnect();
    if (!gaps.length) return;
    this.#gapObserver ??= new IntersectionObserver(
      (entries) => {
        const near = entries.filter((entry) => entry.isIntersecting && !this.#isRendered(Number((entry.target as HTMLElement).dataset.chunk)));
        if (!near.length) return;
        if (near.some((entry) => entry.boundingClientRect.top < 0)) this.#readerPlace ??= this.#findReaderPlace();
        this.#renderChunks(near.map((entry) => Number((entry.target as HTMLElement).dataset.chunk)));
      },
      { rootMargin: '50% 0px', scrollMargin: '50%' } as IntersectionObserverInit,
    );
    for (const gap of gaps) this.#gapObserver.observe(gap);
  }

  #toggleCategory(key: string): void {
    const chosen = new Set(this.#chosenCategories());
    if (!chosen.delete(key)) chosen.add(key);
    this.chosenCategories = chosen;
    this.renderedChunks = 1;
    this.jumpedChunks = new Set();
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
    this.renderedChunks = Math.max(this.renderedChunks, 2);
    await this.updateComplete;
    // The control is gone: focus goes to the first event it showed, not to the page's start.
    const next = this.renderRoot.querySelectorAll<HTMLElement>('li[data-index]')[firstNew];
    if (next) this.#focusEvent(next);
  }

  /** Roving focus: `item` becomes the events' one tab stop, and takes focus. */
  #focusEvent(item: HTMLElement, options?: FocusOptions): void {
    for (const other of this.renderRoot.querySelectorAll<HTMLElement>('li[tabindex="0"]')) other.tabIndex = -1;
    item.tabIndex = 0;
    item.focus(options);
  }

  #page(direction: number): void {
    const track = this.renderRoot.querySelector('ol');
    if (track) track.scrollBy({ left: direction * (this.localeInfo.dir === 'rtl' ? -1 : 1) * track.clientWidth * 0.8 });
  }

  #eventItem(event: Event): HTMLElement | undefined {
    const target = event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.localName === 'li');
    return target?.dataset.index === undefined ? undefined : target;
  }

  #select(item: HTMLElement): void {
    const index = Number(item.dataset.index);
    const event = this.content?.events[index];
    if (event) this.emit('lede-select', { id: event.id ?? String(index), index });
  }

  #onClick = (event: MouseEvent): void => {
    if (event.composedPath().some((node) => node instanceof HTMLElement && /^(a|button)$/.test(node.localName))) return;
    const item = this.#eventItem(event);
    if (item) this.#select(item);
  };

  /** Roving focus: the events are one tab stop; arrows, Home and End move between them. */
  #onKeydown = async (event: KeyboardEvent): Promise<void> => {
    const item = this.#eventItem(event);
    if (!item || event.target !== item) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      return this.#select(item);
    }
    const forward = this.localeInfo.dir === 'rtl' ? -1 : 1;
    const horizontal = this.layout === 'horizontal';
    const moves: Record<string, number | undefined> = {
      ArrowDown: 1,
      ArrowUp: -1,
      ArrowRight: horizontal ? forward : undefined,
      ArrowLeft: horizontal ? -forward : undefined,
      Home: -Infinity,
      End: Infinity,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const shown = this.#shown;
    const from = shown.indexOf(Number(item.dataset.index));
    const to = Math.max(0, Math.min((this.expanded ? shown.length : this.#collapsedAt) - 1, from + move));
    // The event moved to may not be rendered yet (End, or the next after a chunk): render its chunk (alone) first.
    this.#jumpTo(to);
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(`li[data-index="${shown[to]}"]`);
    if (target) this.#focusEvent(target);
  };

  async #share(anchor: string): Promise<void> {
    const url = shareUrl(anchor);
    const method = await shareLink(url);
    if (method) this.emit('lede-share', { url, method });
    if (method !== 'clipboard') return;
    // Seen beside the control, heard through the live region; both go after a few seconds.
    this.copied = anchor;
    this.announcement = this.localeInfo.strings.linkCopied;
    setTimeout(() => {
      if (this.copied === anchor) this.copied = undefined;
      if (this.announcement === this.localeInfo.strings.linkCopied) this.announcement = '';
    }, 4000);
  }
}
