import { type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { type QuoteModel } from '../../data/quote-schema.js';
import type { ObjectNode } from '../../data/schema-nodes.js';
import { LedeElement } from '../../internal/lede-element.js';
export type QuoteVariant = 'card' | 'pull' | 'compact';
export type { LedeLoadDetail, LedeErrorDetail, LedeUpdateDetail, LedeShareDetail } from '../../events.js';
/**
 * @tag lede-quote
 * @summary A quote card: the words in the language's own quotation marks, the
 * speaker (name, role, photo), where it was reported, when, and one line of context.
 *
 * @attr src - URL of a quote document (JSON), fetched without cookies.
 * @attr timeout - Milliseconds to wait for `src` (default 10000).
 * @attr theme - `light`, `dark` or `auto` (default: dark when the page behind it is dark).
 * @attr locale - BCP 47 tag for dates and UI strings (default: the data's `lang`, the nearest `lang`, the browser's).
 * @attr variant - `card` (default), `pull` (a pull quote inside a story) or `compact`.
 * @attr shareable - Shows a share / copy-link control.
 * @attr debug - Shows editors what was left out of the data and why.
 * @attr loading - `eager` (default) or `lazy`: fetch and render only when the element nears the viewport.
 * @attr refresh - Seconds between checks of `src` for a new version (at least 15; default 0, never).
 * @attr state - `loading`, `ready` or `error`; set by the element (read-only).
 *
 * @slot - Fallback content: shown until the card renders, and kept when its data fails.
 *
 * @csspart base - The card (`<figure>`).
 * @csspart text - The quoted words (`<blockquote>`).
 * @csspart attribution - Speaker, source and date (`<figcaption>`).
 * @csspart speaker-image - The speaker's photo.
 * @csspart speaker - Name and role together.
 * @csspart speaker-name - The speaker's name.
 * @csspart speaker-role - The speaker's role.
 * @csspart meta - Source and date.
 * @csspart source - Where it was reported; a link when it has a URL.
 * @csspart date - The date (`<time>`).
 * @csspart context - The line of context.
 * @csspart actions - The row of controls.
 * @csspart translation-toggle - Switches between translation and original.
 * @csspart share - The share / copy-link button.
 * @csspart status - "Link copied".
 * @csspart notice - The message shown when the data fails and there is no fallback.
 * @csspart retry - Loads the data again after a network failure.
 * @csspart issues - The `debug` list of what was left out.
 *
 * @cssprop --lede-quote-accent - The card's accent rule (default: `--lede-color-accent`).
 * @cssprop --lede-quote-font-size - Size of the quoted words (default 1.25rem).
 *
 * @fires {LedeLoadDetail} lede-load - Data validated and rendered; detail `{ data, issues }`.
 * @fires {LedeErrorDetail} lede-error - Data could not be loaded or is invalid; detail `{ code, message, issues }`.
 * @fires {LedeUpdateDetail} lede-update - `refresh` found a new version and it is shown; detail `{ data, added, changed, removed }` (top-level fields).
 * @fires {LedeShareDetail} lede-share - The share control was used; detail `{ url, method }`.
 */
export declare class LedeQuote extends LedeElement<'quote'> {
    #private;
    static styles: import("lit").CSSResult[];
    protected readonly documentType = "quote";
    protected readonly schema: ObjectNode;
    static properties: PropertyDeclarations;
    /** `card`, `pull` or `compact`. */
    variant: QuoteVariant;
    /** Shows a share / copy-link control. */
    shareable: boolean;
    /** Whether the translation (rather than the original) is on screen. */
    private showingTranslation;
    private copied;
    protected willUpdate(changed: PropertyValues<this>): void;
    protected renderContent(quote: QuoteModel): TemplateResult;
}
