import type { ArticleModel, QuoteModel, TimelineModel } from '../data/schema.js';
import type { PartialDate } from '../dates/partial-date.js';
import { formatPartialDate } from '../dates/format-date.js';
import { directionOf, languageOf, listSeparator, resolveLocale, stringsFor, type ResolvedLocale } from '../i18n/locale.js';
import type { SafeHtml } from '../safety/sanitize-html.js';
import { escapeHtml } from './escape.js';

type Model = QuoteModel | TimelineModel | ArticleModel;

function time(date: PartialDate, label: string | undefined, { locale, strings }: ResolvedLocale): string {
  return `<time datetime="${escapeHtml(date.iso)}">${escapeHtml(label ?? formatPartialDate(date, locale, strings))}</time>`;
}

function link(text: string, url: string | undefined): string {
  return url ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

/** The words of a sanitised paragraph: the fallback is plain text. */
function plainText(nodes: SafeHtml): string {
  return nodes.map((node) => (typeof node === 'string' ? node : plainText(node.children))).join('');
}

/** `lang` and `dir` for text in `lang` inside text in `info`'s language: none when they agree. */
function ownLanguage(lang: string | undefined, info: ResolvedLocale): string {
  return lang && languageOf(lang) !== info.language ? ` lang="${escapeHtml(lang)}" dir="${directionOf(lang)}"` : '';
}

function quoteFallback(quote: QuoteModel, info: ResolvedLocale): string {
  const { speaker, source, translation } = quote;
  // As in the widget: the translation leads when it is in the reader's language and the original is not.
  const shown = translation && languageOf(translation.lang) === info.language && languageOf(quote.lang ?? info.locale) !== info.language ? translation : quote;
  const [open, close] = stringsFor(shown.lang ?? info.locale).quoteMarks;
  const attribution = [
    link(speaker.name, speaker.url),
    speaker.role && escapeHtml(speaker.role),
    source && link(source.name, source.url),
    quote.date && time(quote.date, quote.dateLabel, info),
  ].filter(Boolean);
  return `<figure>
  <blockquote${ownLanguage(shown.lang, info)}${source?.url ? ` cite="${escapeHtml(source.url)}"` : ''}><p>${escapeHtml(open + shown.text + close)}</p></blockquote>
  <figcaption>— ${attribution.join(listSeparator(info.language))}</figcaption>${quote.context ? `\n  <p>${escapeHtml(quote.context)}</p>` : ''}
</figure>`;
}

function timelineFallback(timeline: TimelineModel, info: ResolvedLocale): string {
  const events = timeline.events.map((event) => {
    const dates = time(event.date, event.dateLabel, info) + (event.end ? ` – ${time(event.end, undefined, info)}` : '');
    return `  <li>${dates}: ${link(event.title, event.url)}${event.text ? `. ${escapeHtml(event.text)}` : ''}</li>`;
  });
  return [timeline.title && `<p><strong>${escapeHtml(timeline.title)}</strong></p>`, `<ol>\n${events.join('\n')}\n</ol>`].filter(Boolean).join('\n');
}

type ArticleBlock = ArticleModel['body'][number];
type Image = NonNullable<ArticleModel['image']>;

function imageFallback(image: Image): string {
  const caption = [image.caption, image.credit].filter(Boolean).join(' · ');
  const size = (image.width ? ` width="${image.width}"` : '') + (image.height ? ` height="${image.height}"` : '');
  return `<figure><img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt)}"${size} loading="lazy">${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`;
}

/** Each block as plain HTML; a quote or timeline given by `src` is left to the script, which loads it. */
function blockFallback(block: ArticleBlock, info: ResolvedLocale): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${escapeHtml(block.html ? plainText(block.html) : block.text ?? '')}</p>`;
    case 'heading':
      return `<h3>${escapeHtml(block.text)}</h3>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'image':
      return imageFallback(block);
    case 'quote': {
      const { text, speaker } = block;
      return text && speaker ? quoteFallback({ ...block, text, speaker }, info) : '';
    }
    case 'timeline':
      return block.events ? timelineFallback({ ...block, events: block.events }, info) : '';
  }
}

/** The whole story: every block of the body, so a reader without the script misses none of it. */
function articleFallback(article: ArticleModel, info: ResolvedLocale): string {
  return [
    `<h2>${link(article.headline, article.url)}</h2>`,
    article.dek && `<p><strong>${escapeHtml(article.dek)}</strong></p>`,
    article.published && `<p>${time(article.published, undefined, info)}</p>`,
    article.image && imageFallback(article.image),
    ...article.body.map((block) => blockFallback(block, info)),
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * Fallback content for an embed (docs/widgets.md): what readers without the script, and
 * before it runs, see inside the element. Built from the validated model with the
 * same date formatting and UI strings as the widget, as plain HTML.
 */
export function fallbackHtml(model: Model, locale?: string): string {
  const info = resolveLocale(locale, model.lang);
  const content = model.type === 'quote' ? quoteFallback(model, info) : model.type === 'timeline' ? timelineFallback(model, info) : articleFallback(model, info);
  // In the page's flow, not the widget's: an Arabic fallback on an English page needs its own
  // language and direction, else it reads left to right. A document that does not say its
  // language takes its direction from its first words.
  const language = locale || model.lang ? `lang="${escapeHtml(info.locale)}" dir="${info.dir}"` : 'dir="auto"';
  return `<div ${language}>\n${content.replace(/^/gm, '  ')}\n</div>`;
}
