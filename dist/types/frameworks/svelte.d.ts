import type { LedeArticle, LedeLoadDetail, LedeErrorDetail, LedeUpdateDetail, LedeShareDetail, LedeSelectDetail } from "../components/article/article.component.js";
import type { LedeQuote } from "../components/quote/quote.component.js";
import type { LedeTimeline } from "../components/timeline/timeline.component.js";

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: unknown;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Sets the HTML or XML markup contained within the element. */
  innerHTML?: string;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: string;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Sets the text content of the element */
  textContent?: string;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

type LedeArticleProps = {
  /** URL of an article document (JSON), fetched without cookies; relative `src` of blocks resolve against it. */
  src?: LedeArticle["src"];
  /** Milliseconds to wait for `src` (default 10000). */
  timeout?: LedeArticle["timeout"];
  /** `light`, `dark` or `auto` (default: dark when the page behind it is dark); passed on to quotes and timelines inside. */
  theme?: LedeArticle["theme"];
  /** BCP 47 tag for dates and UI strings (default: the data's `lang`, the nearest `lang`, the browser's). */
  locale?: LedeArticle["locale"];
  /** Level of the headline; headings in the body are one level lower. */
  "heading-level"?: LedeArticle["headingLevel"];
  /** Shows editors what was left out of the data and why. */
  debug?: LedeArticle["debug"];
  /** `eager` (default) or `lazy`: fetch and render only when the element nears the viewport. */
  loading?: LedeArticle["loading"];
  /** Seconds between checks of `src` for a new version (at least 15; default 0, never). */
  refresh?: LedeArticle["refresh"];
  /** `loading`, `ready` or `error`; set by the element (read-only). */
  state?: LedeArticle["state"];
  /** The document as a plain object; wins over inline JSON and `src`. Checked like any input: a page's own objects are untrusted too. */
  "data"?: LedeArticle["data"];
  /** Data validated and rendered; detail `{ data, issues }`. Quotes and timelines inside report their own loading to the article only. */
  "onlede-load"?: (e: CustomEvent<LedeLoadDetail>) => void;
  /** Data could not be loaded or is invalid; detail `{ code, message, issues }`. */
  "onlede-error"?: (e: CustomEvent<LedeErrorDetail>) => void;
  /** `refresh` found a new version and it is shown; detail `{ data, added, changed, removed }` (top-level fields). */
  "onlede-update"?: (e: CustomEvent<LedeUpdateDetail>) => void;
  /** A quote or timeline event inside was shared; detail `{ url, method }`. */
  "onlede-share"?: (e: CustomEvent<LedeShareDetail>) => void;
  /** A timeline event inside was chosen; detail `{ id, index }`. */
  "onlede-select"?: (e: CustomEvent<LedeSelectDetail>) => void;
};

type LedeQuoteProps = {
  /** URL of a quote document (JSON), fetched without cookies. */
  src?: LedeQuote["src"];
  /** Milliseconds to wait for `src` (default 10000). */
  timeout?: LedeQuote["timeout"];
  /** `light`, `dark` or `auto` (default: dark when the page behind it is dark). */
  theme?: LedeQuote["theme"];
  /** BCP 47 tag for dates and UI strings (default: the data's `lang`, the nearest `lang`, the browser's). */
  locale?: LedeQuote["locale"];
  /** `card`, `pull` or `compact`. */
  variant?: LedeQuote["variant"];
  /** Shows a share / copy-link control. */
  shareable?: LedeQuote["shareable"];
  /** Shows editors what was left out of the data and why. */
  debug?: LedeQuote["debug"];
  /** `eager` (default) or `lazy`: fetch and render only when the element nears the viewport. */
  loading?: LedeQuote["loading"];
  /** Seconds between checks of `src` for a new version (at least 15; default 0, never). */
  refresh?: LedeQuote["refresh"];
  /** `loading`, `ready` or `error`; set by the element (read-only). */
  state?: LedeQuote["state"];
  /** The document as a plain object; wins over inline JSON and `src`. Checked like any input: a page's own objects are untrusted too. */
  "data"?: LedeQuote["data"];
  /** Data validated and rendered; detail `{ data, issues }`. */
  "onlede-load"?: (e: CustomEvent<LedeLoadDetail>) => void;
  /** Data could not be loaded or is invalid; detail `{ code, message, issues }`. */
  "onlede-error"?: (e: CustomEvent<LedeErrorDetail>) => void;
  /** `refresh` found a new version and it is shown; detail `{ data, added, changed, removed }` (top-level fields). */
  "onlede-update"?: (e: CustomEvent<LedeUpdateDetail>) => void;
  /** The share control was used; detail `{ url, method }`. */
  "onlede-share"?: (e: CustomEvent<LedeShareDetail>) => void;
};

type LedeTimelineProps = {
  /** URL of a timeline document (JSON), fetched without cookies. */
  src?: LedeTimeline["src"];
  /** Milliseconds to wait for `src` (default 10000). */
  timeout?: LedeTimeline["timeout"];
  /** `light`, `dark` or `auto` (default: dark when the page behind it is dark). */
  theme?: LedeTimeline["theme"];
  /** BCP 47 tag for dates and UI strings (default: the data's `lang`, the nearest `lang`, the browser's). */
  locale?: LedeTimeline["locale"];
  /** `asc` (oldest first) or `desc`. */
  order?: LedeTimeline["order"];
  /** `vertical` or `horizontal`. */
  layout?: LedeTimeline["layout"];
  /** Shows this many events, then a "show all" control. */
  "collapsed-after"?: LedeTimeline["collapsedAfter"];
  /** Shows only events of this category key. */
  category?: LedeTimeline["category"];
  /** Id of the event to mark as current. */
  highlight?: LedeTimeline["highlight"];
  /** Gives each event with an id a copy-link control. */
  shareable?: LedeTimeline["shareable"];
  /** Level of the title (default 2; inside an article, one below its headline). */
  "heading-level"?: LedeTimeline["headingLevel"];
  /** Shows editors what was left out of the data and why. */
  debug?: LedeTimeline["debug"];
  /** `eager` (default) or `lazy`: fetch and render only when the element nears the viewport. */
  loading?: LedeTimeline["loading"];
  /** Seconds between checks of `src` for a new version (at least 15; default 0, never). */
  refresh?: LedeTimeline["refresh"];
  /** `loading`, `ready` or `error`; set by the element (read-only). */
  state?: LedeTimeline["state"];
  /** The document as a plain object; wins over inline JSON and `src`. Checked like any input: a page's own objects are untrusted too. */
  "data"?: LedeTimeline["data"];
  /** Data validated and rendered; detail `{ data, issues }`. */
  "onlede-load"?: (e: CustomEvent<LedeLoadDetail>) => void;
  /** Data could not be loaded or is invalid; detail `{ code, message, issues }`. */
  "onlede-error"?: (e: CustomEvent<LedeErrorDetail>) => void;
  /** `refresh` found a new version and it is shown; detail `{ data, added, changed, removed }` (event ids). */
  "onlede-update"?: (e: CustomEvent<LedeUpdateDetail>) => void;
  /** A reader chose an event (click, Enter or Space); detail `{ id, index }`. */
  "onlede-select"?: (e: CustomEvent<LedeSelectDetail>) => void;
  /** An event's link was shared or copied; detail `{ url, method }`. */
  "onlede-share"?: (e: CustomEvent<LedeShareDetail>) => void;
};

export type CustomElements = {
  /**
   * A whole story: kicker, headline, dek, dateline, byline, times, lead
   * image, body blocks (paragraphs, headings, lists, images, quotes, timelines) and tags.
   * ---
   *
   *
   * ### **Events:**
   *  - **lede-load** - Data validated and rendered; detail `{ data, issues }`. Quotes and timelines inside report their own loading to the article only.
   * - **lede-error** - Data could not be loaded or is invalid; detail `{ code, message, issues }`.
   * - **lede-update** - `refresh` found a new version and it is shown; detail `{ data, added, changed, removed }` (top-level fields).
   * - **lede-share** - A quote or timeline event inside was shared; detail `{ url, method }`.
   * - **lede-select** - A timeline event inside was chosen; detail `{ id, index }`.
   *
   * ### **Methods:**
   *
   * - **reload(): _void_** - Loads the data again, as the retry control does.
   *
   *
   * ### **Slots:**
   *  - _default_ - Fallback content: shown until the article renders, and kept when its data fails.
   *
   * ### **CSS Properties:**
   *  - **--lede-article-measure** - Longest line of body text (default 65ch). _(default: undefined)_
   * - **--lede-article-font-size** - Body text size (default 1.125rem). _(default: undefined)_
   * - **--lede-headline-font-size** - Headline size (default clamp(1.75rem, 1.2rem + 2.5vw, 2.75rem)). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The `<article>`.
   * - **update-notice** - Says a refresh brought a later version, and when it was updated.
   * - **kicker** - The line above the headline.
   * - **headline** - The headline.
   * - **dek** - The summary under the headline.
   * - **byline** - Authors.
   * - **meta** - Dateline and times.
   * - **dateline** - Where the story was filed.
   * - **published** - The publication time (`<time>`).
   * - **updated** - The update time, when later than publication.
   * - **image** - The lead image's `<figure>`.
   * - **body** - The body blocks.
   * - **paragraph** - A paragraph.
   * - **heading** - A heading in the body.
   * - **list** - A list.
   * - **figure** - An image in the body.
   * - **quote** - A `<lede-quote>` in the body.
   * - **timeline** - A `<lede-timeline>` in the body.
   * - **tags** - The list of tags.
   * - **publisher** - The publisher's name and logo.
   * - **publisher-logo** - The publisher's logo.
   * - **notice** - The message shown when the data fails and there is no fallback.
   * - **retry** - Loads the data again after a network failure.
   * - **issues** - The `debug` list of what was left out.
   */
  "lede-article": Partial<LedeArticleProps & BaseProps & BaseEvents>;

  /**
   * A quote card: the words in the language's own quotation marks, the
   * speaker (name, role, photo), where it was reported, when, and one line of context.
   * ---
   *
   *
   * ### **Events:**
   *  - **lede-load** - Data validated and rendered; detail `{ data, issues }`.
   * - **lede-error** - Data could not be loaded or is invalid; detail `{ code, message, issues }`.
   * - **lede-update** - `refresh` found a new version and it is shown; detail `{ data, added, changed, removed }` (top-level fields).
   * - **lede-share** - The share control was used; detail `{ url, method }`.
   *
   * ### **Methods:**
   *  - **reload(): _void_** - Loads the data again, as the retry control does.
   *
   *
   *
   * ### **Slots:**
   *  - _default_ - Fallback content: shown until the card renders, and kept when its data fails.
   *
   * ### **CSS Properties:**
   *  - **--lede-quote-accent** - The card's accent rule (default: `--lede-color-accent`). _(default: undefined)_
   * - **--lede-quote-font-size** - Size of the quoted words (default 1.25rem). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The card (`<figure>`).
   * - **text** - The quoted words (`<blockquote>`).
   * - **attribution** - Speaker, source and date (`<figcaption>`).
   * - **speaker-image** - The speaker's photo.
   * - **speaker** - Name and role together.
   * - **speaker-name** - The speaker's name.
   * - **speaker-role** - The speaker's role.
   * - **meta** - Source and date.
   * - **source** - Where it was reported; a link when it has a URL.
   * - **date** - The date (`<time>`).
   * - **context** - The line of context.
   * - **actions** - The row of controls.
   * - **translation-toggle** - Switches between translation and original.
   * - **share** - The share / copy-link button.
   * - **status** - "Link copied".
   * - **notice** - The message shown when the data fails and there is no fallback.
   * - **retry** - Loads the data again after a network failure.
   * - **issues** - The `debug` list of what was left out.
   */
  "lede-quote": Partial<LedeQuoteProps & BaseProps & BaseEvents>;

  /**
   * A chronology of events with exact or partial dates, categories and sources.
   * ---
   *
   *
   * ### **Events:**
   *  - **lede-load** - Data validated and rendered; detail `{ data, issues }`.
   * - **lede-error** - Data could not be loaded or is invalid; detail `{ code, message, issues }`.
   * - **lede-update** - `refresh` found a new version and it is shown; detail `{ data, added, changed, removed }` (event ids).
   * - **lede-select** - A reader chose an event (click, Enter or Space); detail `{ id, index }`.
   * - **lede-share** - An event's link was shared or copied; detail `{ url, method }`.
   *
   * ### **Methods:**
   *
   *
   * - **reload(): _void_** - Loads the data again, as the retry control does.
   *
   * ### **Slots:**
   *  - _default_ - Fallback content: shown until the timeline renders, and kept when its data fails.
   *
   * ### **CSS Properties:**
   *  - **--lede-timeline-line** - The line that joins the events (default: `--lede-color-border`). _(default: undefined)_
   * - **--lede-timeline-marker** - Event markers without a category colour (default: `--lede-color-accent`). _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **base** - The whole timeline.
   * - **title** - The timeline's title.
   * - **description** - The line under the title.
   * - **legend** - The category filter buttons.
   * - **controls** - Previous / next buttons of the horizontal layout.
   * - **announcement** - Visually hidden status read by screen readers: new events, a copied link.
   * - **new-events** - With `order="desc"`, shows the events a refresh brought and held back.
   * - **events** - The list of events.
   * - **event** - One event.
   * - **event-current** - The highlighted event (it is an `event` too).
   * - **event-new** - The "new" mark on events a refresh brought.
   * - **year** - The year shown on the first event of each year.
   * - **event-date** - The date, or the span of dates.
   * - **event-title** - The event's title.
   * - **category** - The category chip.
   * - **location** - Where it happened.
   * - **event-text** - The description.
   * - **event-image** - The image with its credit.
   * - **sources** - The list of sources.
   * - **event-share** - The copy-link control of an event.
   * - **event-share-status** - "Link copied", beside that control for a few seconds.
   * - **show-all** - The control that shows every event.
   * - **notice** - The message shown when the data fails and there is no fallback.
   * - **retry** - Loads the data again after a network failure.
   * - **issues** - The `debug` list of what was left out.
   */
  "lede-timeline": Partial<LedeTimelineProps & BaseProps & BaseEvents>;
};

declare module "svelte/elements" {
  interface SvelteHTMLElements extends CustomElements {}
}
}
