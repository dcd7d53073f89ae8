import { type PropertyDeclarations, type TemplateResult } from 'lit';
import { type ArticleModel } from '../../data/article-schema.js';
import type { ObjectNode } from '../../data/schema-nodes.js';
import { LedeElement, type LedeChanges } from '../../internal/lede-element.js';
export type { LedeLoadDetail, LedeErrorDetail, LedeUpdateDetail, LedeShareDetail, LedeSelectDetail } from '../../events.js';
/**
 * @tag lede-article
 * @summary A whole story: kicker, headline, dek, dateline, byline, times, lead
 * image, body blocks (paragraphs, headings, lists, images, quotes, timelines) and tags.
 *
 * @attr src - URL of an article document (JSON), fetched without cookies; relative `src` of blocks resolve against it.
 * @attr timeout - Milliseconds to wait for `src` (default 10000).
 * @attr theme - `light`, `dark` or `auto` (default: dark when the page behind it is dark); passed on to quotes and timelines inside.
 * @attr locale - BCP 47 tag for dates and UI strings (default: the data's `lang`, the nearest `lang`, the browser's).
 * @attr heading-level - Level of the headline (default 2: the widget sits inside someone else's page); headings in the body are one level lower.
 * @attr debug - Shows editors what was left out of the data and why.
 * @attr loading - `eager` (default) or `lazy`: fetch and render only when the element nears the viewport.
 * @attr refresh - Seconds between checks of `src` for a new version (at least 15; default 0, never).
 * @attr state - `loading`, `ready` or `error`; set by the element (read-only).
 *
 * @slot - Fallback content: shown until the article renders, and kept when its data fails.
 *
 * @csspart base - The `<article>`.
 * @csspart update-notice - Says a refresh brought a later version, and when it was updated.
 * @csspart kicker - The line above the headline.
 * @csspart headline - The headline.
 * @csspart dek - The summary under the headline.
 * @csspart byline - Authors.
 * @csspart meta - Dateline and times.
 * @csspart dateline - Where the story was filed.
 * @csspart published - The publication time (`<time>`).
 * @csspart updated - The update time, when later than publication.
 * @csspart image - The lead image's `<figure>`.
 * @csspart body - The body blocks.
 * @csspart paragraph - A paragraph.
 * @csspart heading - A heading in the body.
 * @csspart list - A list.
 * @csspart figure - An image in the body.
 * @csspart quote - A `<lede-quote>` in the body.
 * @csspart timeline - A `<lede-timeline>` in the body.
 * @csspart tags - The list of tags.
 * @csspart publisher - The publisher's name and logo.
 * @csspart publisher-logo - The publisher's logo.
 * @csspart notice - The message shown when the data fails and there is no fallback.
 * @csspart retry - Loads the data again after a network failure.
 * @csspart issues - The `debug` list of what was left out.
 *
 * @cssprop --lede-article-measure - Longest line of body text (default 65ch).
 * @cssprop --lede-article-font-size - Body text size (default 1.125rem).
 * @cssprop --lede-headline-font-size - Headline size (default clamp(1.75rem, 1.2rem + 2.5vw, 2.75rem)).
 *
 * @fires {LedeLoadDetail} lede-load - Data validated and rendered; detail `{ data, issues }`. Quotes and timelines inside report their own loading to the article only.
 * @fires {LedeErrorDetail} lede-error - Data could not be loaded or is invalid; detail `{ code, message, issues }`.
 * @fires {LedeUpdateDetail} lede-update - `refresh` found a new version and it is shown; detail `{ data, added, changed, removed }` (top-level fields).
 * @fires {LedeShareDetail} lede-share - A quote or timeline event inside was shared; detail `{ url, method }`.
 * @fires {LedeSelectDetail} lede-select - A timeline event inside was chosen; detail `{ id, index }`.
 */
export declare class LedeArticle extends LedeElement<'article'> {
    #private;
    static styles: import("lit").CSSResult[];
    static properties: PropertyDeclarations;
    protected readonly documentType = "article";
    protected readonly schema: ObjectNode;
    /** Level of the headline; headings in the body are one level lower. */
    headingLevel: number;
    /** A refresh brought a later `updated`: say so at the top. */
    private updateNotice;
    protected versionChanged(_changes: LedeChanges, previous: ArticleModel, next: ArticleModel): void;
    protected renderContent(article: ArticleModel): TemplateResult;
}
