import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { quoteSchema, type QuoteModel } from '../../data/quote-schema.js';
import { directionOf, languageOf, stringsFor } from '../../i18n/locale.js';
import { languageName } from './language-name.js';
import { renderDate } from '../../dates/render-date.js';
import type { ObjectNode } from '../../data/schema-nodes.js';
import { LedeElement } from '../../internal/lede-element.js';
import { shareLink, shareUrl } from '../../internal/sharing.js';
import { quoteStyles } from './quote.styles.js';

export type QuoteVariant = 'card' | 'pull' | 'compact';

/** "Ильхам Алиев" → "ИА": the first letters of the first and the last word (whole code points, so no half of a pair). */
const initialsOf = (name: string): string => {
  const words = name.trim().split(/\s+/);
  return [...new Set([words[0], words.at(-1)])].map((word) => [...(word ?? '')][0]).join('');
};

// The detail types its @fires tags name, importable from here by the generated framework types.
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
export class LedeQuote extends LedeElement<'quote'> {
  static override styles = [...LedeElement.styles, quoteStyles];

  protected readonly documentType = 'quote';
  protected readonly schema: ObjectNode = quoteSchema;

  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    shareable: { type: Boolean },
    showingTranslation: { state: true },
    copied: { state: true },
  };

  /** `card`, `pull` or `compact`. */
  variant: QuoteVariant = 'card';
  /** Shows a share / copy-link control. */
  shareable = false;
  /** Whether the translation (rather than the original) is on screen. */
  private showingTranslation = false;
  private copied = false;

  /**
   * The languages (the widget's, the original's, the translation's) the translation choice was made
   * for: new ones decide again; a refresh of the same quote keeps what the reader chose.
   */
  #decidedFor?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const language = this.localeInfo.language;
    const languages = `${language} ${this.content?.lang} ${this.content?.translation?.lang}`;
    if (this.#decidedFor !== languages) {
      this.#decidedFor = languages;
      // docs/data-format.md: the translation leads when it is in the widget's language and the original is not.
      const translation = this.content?.translation;
      this.showingTranslation =
        !!translation && languageOf(translation.lang) === language && languageOf(this.content?.lang ?? '') !== language;
    }
  }

  protected renderContent(quote: QuoteModel): TemplateResult {
    const { locale, dir, strings } = this.localeInfo;
    const { speaker, source, translation } = quote;
    const original = { lang: quote.lang ?? locale, text: quote.text };
    const shown = this.showingTranslation && translation ? translation : original;
    const other = shown === original ? translation : original;
    const [open, close] = stringsFor(shown.lang).quoteMarks;
    const variant = ['pull', 'compact'].includes(this.variant) ? this.variant : 'card';
    return html`<figure part="base" class=${variant} lang=${locale} dir=${dir}>
      <blockquote part="text" lang=${shown.lang} dir=${directionOf(shown.lang)} cite=${source?.url ?? nothing}>
        <p>${open}${shown.text}${close}</p>
      </blockquote>
      <figcaption part="attribution">
        ${speaker.image && this.failedImages.has(speaker.image)
          ? html`<span part="speaker-image" class="initials" aria-hidden="true">${initialsOf(speaker.name)}</span>`
          : speaker.image
            ? html`<img part="speaker-image" src=${speaker.image} alt="" width="48" height="48" loading="lazy" decoding="async" referrerpolicy="no-referrer" />`
            : nothing}
        <div part="speaker">
          <span part="speaker-name" dir="auto">${speaker.url ? html`<a href=${speaker.url}>${speaker.name}</a>` : speaker.name}</span>
          ${speaker.role ? html`<span part="speaker-role"><bdi>${speaker.role}</bdi></span>` : nothing}${source || quote.date
            ? html`<span part="meta">${source
                ? html`<span part="source" dir="auto">${source.url ? html`<a href=${source.url} rel="noopener">${source.name}</a>` : source.name}</span>`
                : nothing}${renderDate(quote.date, quote.dateLabel, this.localeInfo)}</span>`
            : nothing}
        </div>
      </figcaption>
      ${quote.context ? html`<p part="context" dir="auto">${quote.context}</p>` : nothing}
      ${other || this.shareable
        ? html`<div part="actions">
            ${other
              ? html`<button part="translation-toggle" type="button" ?inert=${isServer} lang=${locale} @click=${this.#toggleTranslation}>
                  ${(shown === original ? strings.showTranslation : strings.showOriginal)(languageName(other.lang, locale))}
                </button>`
              : nothing}
            ${this.shareable ? html`<button part="share" type="button" ?inert=${isServer} @click=${this.#share}>${strings.shareLabel}</button>` : nothing}
            <span part="status" role="status">${this.copied ? strings.linkCopied : ''}</span>
          </div>`
        : nothing}
    </figure>`;
  }

  #toggleTranslation(): void {
    this.showingTranslation = !this.showingTranslation;
  }

  #share(): void {
    // The confirmation is read out by the status region, then goes away.
    shareLink(this.content?.url ?? shareUrl(), this.content?.text, (detail) => this.emit('lede-share', detail), (shown) => (this.copied = shown));
  }
}
