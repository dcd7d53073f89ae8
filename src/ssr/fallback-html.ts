import type { ArticleModel, QuoteModel, TimelineModel } from '../data/schema.js';
import type { PartialDate } from '../dates/partial-date.js';
import { formatPartialDate } from '../dates/format-date.js';
import { resolveLocale, stringsFor, type ResolvedLocale } from '../i18n/locale.js';
import type { SafeHtml } from '../safety/sanitize-html.js';
import { escapeHtml } from './escape.js';

type Model = QuoteModel | TimelineModel | ArticleModel;

/** Paragraphs of an article's body the fallback keeps: enough to read what the story is. */
const ARTICLE_PARAGRAPHS = 3;

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

function quoteFallback(quote: QuoteModel, info: ResolvedLocale): string {
  const [open, close] = stringsFor(quote.lang ?? info.locale).quoteMarks;
  const { speaker, source } = quote;
  const attribution = [
    link(speaker.name, speaker.url),
    speaker.role && escapeHtml(speaker.role),
    source && link(source.name, source.url),
    quote.date && time(quote.date, quote.dateLabel, info),
  ].filter(Boolean);
  return `<figure>
  <blockquote${source?.url ? ` cite="${escapeHtml(source.url)}"` : ''}><p>${escapeHtml(open + quote.text + close)}</p></blockquote>
  <figcaption>— ${attribution.join(', ')}</figcaption>${quote.context ? `\n  <p>${escapeHtml(quote.context)}</p>` : ''}
</figure>`;
}

function timelineFallback(timeline: TimelineModel, info: ResolvedLocale): string {
  const events = timeline.events.map((event) => {
    const dates = time(event.date, event.dateLabel, info) + (event.end ? ` – ${time(event.end, undefined, info)}` : '');
    return `  <li>${dates}: ${link(event.title, event.url)}${event.text ? `. ${escapeHtml(event.text)}` : ''}</li>`;
  });
  return [timeline.title && `<p><strong>${escapeHtml(timeline.title)}</strong></p>`, `<ol>\n${events.join('\n')}\n</ol>`].filter(Boolean).join('\n');
}

function articleFallback(article: ArticleModel, info: ResolvedLocale): string {
  const paragraphs = article.body
    .flatMap((block) => (block.type === 'paragraph' ? [block.html ? plainText(block.html) : block.text ?? ''] : []))
    .slice(0, ARTICLE_PARAGRAPHS);
  return [
    `<h2>${link(article.headline, article.url)}</h2>`,
    article.dek && `<p><strong>${escapeHtml(article.dek)}</strong></p>`,
    article.published && `<p>${time(article.published, undefined, info)}</p>`,
    ...paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`),
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * Fallback content for an embed (SPEC §3): what readers without the script, and
 * before it runs, see inside the element. Built from the validated model with the
 * same date formatting and UI strings as the widget, as plain HTML.
 */
export function fallbackHtml(model: Model, locale?: string): string {
  const info = resolveLocale(locale, model.lang);
  if (model.type === 'quote') return quoteFallback(model, info);
  if (model.type === 'timeline') return timelineFallback(model, info);
  return articleFallback(model, info);
}
