import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { articleSchema, type ArticleBlockModel, type ArticleModel } from '../../data/article-schema.js';
import { comparePartialDates } from '../../dates/partial-date.js';
import { listSeparator } from '../../i18n/locale.js';
import type { ObjectNode } from '../../data/schema-nodes.js';
import { LedeElement, type LedeChanges } from '../../internal/lede-element.js';
import { heading } from '../../internal/heading.js';
import { renderDate } from '../../dates/render-date.js';
import { renderSafeHtml } from '../../safety/render-safe-html.js';
import { articleStyles } from './article.styles.js';

type ImageModel = NonNullable<ArticleModel['image']>;

// The detail types its @fires tags name, importable from here by the generated framework types.
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
export class LedeArticle extends LedeElement<'article'> {
  static override styles = [...LedeElement.styles, articleStyles];

  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    updateNotice: { state: true },
  };

  protected readonly documentType = 'article';
  protected readonly schema: ObjectNode = articleSchema;

  /** Level of the headline; headings in the body are one level lower. */
  headingLevel = 2;
  /** A refresh brought a later `updated`: say so at the top. */
  private updateNotice = false;

  protected override versionChanged(_changes: LedeChanges, previous: ArticleModel, next: ArticleModel): void {
    const before = previous.updated ?? previous.published;
    if (next.updated && (!before || comparePartialDates(next.updated, before) > 0)) this.updateNotice = true;
  }

  protected renderContent(article: ArticleModel): TemplateResult {
    const { locale, dir, strings } = this.localeInfo;
    const updated = article.updated && (!article.published || comparePartialDates(article.updated, article.published) > 0);
    const { publisher } = article;
    return html`<article part="base" lang=${locale} dir=${dir}>
      <header>
        ${this.updateNotice && article.updated
          ? html`<p part="update-notice" role="status">${strings.updatedLabel}: ${renderDate(article.updated, undefined, this.localeInfo, 'updated')}</p>`
          : nothing}
        ${article.kicker ? html`<p part="kicker">${article.kicker}</p>` : nothing}
        ${heading(this.headingLevel, 'headline', article.headline)}
        ${article.dek ? html`<p part="dek">${article.dek}</p>` : nothing}
        ${article.authors?.length
          ? html`<p part="byline">
              ${article.authors.map((author, index) => html`${index ? listSeparator(this.localeInfo.language) : ''}<bdi>${author.url ? html`<a href=${author.url}>${author.name}</a>` : author.name}</bdi>`)}
            </p>`
          : nothing}
        <p part="meta">
          ${article.dateline ? html`<span part="dateline">${article.dateline}</span> · ` : nothing}${renderDate(article.published, undefined, this.localeInfo, 'published')}
          ${updated ? html` · ${strings.updatedLabel} ${renderDate(article.updated, undefined, this.localeInfo, 'updated')}` : nothing}
        </p>
      </header>
      ${article.image ? this.#renderFigure(article.image, 'image', 'eager') : nothing}
      <div part="body" @lede-load=${this.#keepInside} @lede-error=${this.#keepInside}>
        ${article.body.map((block) => this.#renderBlock(block))}
      </div>
      ${article.tags?.length
        ? html`<ul part="tags" aria-label=${strings.tagsLabel}>${article.tags.map((tag) => html`<li dir="auto">${tag}</li>`)}</ul>`
        : nothing}
      ${publisher
        ? html`<footer part="publisher">
            ${publisher.logo && !this.failedImages.has(publisher.logo) ? html`<img part="publisher-logo" src=${publisher.logo} alt="" height="24" loading="lazy" referrerpolicy="no-referrer" />` : nothing}
            ${publisher.url ? html`<a href=${publisher.url}>${publisher.name}</a>` : publisher.name}
          </footer>`
        : nothing}
    </article>`;
  }

  #renderBlock(block: ArticleBlockModel): unknown {
    switch (block.type) {
      case 'paragraph':
        return html`<p part="paragraph">${block.html ? renderSafeHtml(block.html) : block.text}</p>`;
      case 'heading':
        return heading(this.headingLevel + 1, 'heading', block.text);
      case 'list':
        return block.ordered
          ? html`<ol part="list">${block.items.map((item) => html`<li>${item}</li>`)}</ol>`
          : html`<ul part="list">${block.items.map((item) => html`<li>${item}</li>`)}</ul>`;
      case 'image':
        return this.#renderFigure(block, 'figure', 'lazy');
      // Quotes and timelines are their own widgets, in the article's locale: inline blocks arrive
      // validated (`model`), others load `src`.
      case 'quote':
        return html`<lede-quote
          part="quote"
          src=${block.src ?? nothing}
          .model=${block.src ? undefined : block}
          theme=${this.theme}
          locale=${this.localeInfo.locale}
        ></lede-quote>`;
      case 'timeline':
        return html`<lede-timeline
          part="timeline"
          src=${block.src ?? nothing}
          .model=${block.src ? undefined : block}
          theme=${this.theme}
          locale=${this.localeInfo.locale}
          heading-level=${this.headingLevel + 1}
        ></lede-timeline>`;
    }
  }

  #renderFigure(image: ImageModel, part: string, loading: 'eager' | 'lazy'): unknown {
    const caption = [image.caption, image.credit].filter(Boolean).join(' · ');
    // An image that failed to load goes; its caption stays as text.
    if (this.failedImages.has(image.src)) return caption ? html`<figure part=${part}><figcaption dir="auto">${caption}</figcaption></figure>` : nothing;
    return html`<figure part=${part}>
      <img
        src=${image.src}
        alt=${image.alt}
        width=${image.width ?? nothing}
        height=${image.height ?? nothing}
        class=${image.width && image.height ? nothing : 'unsized'}
        loading=${loading}
        decoding="async"
        referrerpolicy="no-referrer"
      />
      ${caption ? html`<figcaption dir="auto">${caption}</figcaption>` : nothing}
    </figure>`;
  }

  /** A quote's or timeline's own lede-load/lede-error stays inside: outside, the article speaks for itself. */
  #keepInside(event: Event): void {
    if (event.target !== this) event.stopPropagation();
  }
}
