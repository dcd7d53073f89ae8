import { render, type RenderInfo } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync, type ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { LedeArticle } from '../components/article/article.component.js';
import '../components/article/article.js';
import { LedeQuote } from '../components/quote/quote.component.js';
import '../components/quote/quote.js';
import { categoryRules } from '../components/timeline/category-rules.js';
import { LedeTimeline } from '../components/timeline/timeline.component.js';
import '../components/timeline/timeline.js';
import type { QuoteVariant } from '../components/quote/quote.component.js';
import type { TimelineLayout, TimelineOrder } from '../components/timeline/timeline.component.js';
import type { LedeDocument } from '../data/schema.js';
import type { LedeTheme } from '../internal/lede-element.js';
import { escapeHtml, scriptJson } from './escape.js';
import { jsonLd } from './json-ld.js';
import { validateFrom, type Model } from './validate-from.js';

export { LedeRenderError } from './validate-from.js';

/** Attributes of the rendered element (docs/elements/), plus `id` and `class` for the page. */
export interface RenderAttributes {
  id?: string;
  class?: string;
  theme?: LedeTheme;
  /** BCP 47 tag for dates and UI strings; else the document's `lang`; else `en`. */
  locale?: string;
  debug?: boolean;
  /** quote */
  variant?: QuoteVariant;
  /** quote, timeline */
  shareable?: boolean;
  /** timeline */
  order?: TimelineOrder;
  layout?: TimelineLayout;
  'collapsed-after'?: number;
  category?: string;
  highlight?: string;
  /** article */
  'heading-level'?: number;
  /**
   * The document's URL: the element fetches it when the script runs and shows
   * what it holds then (the server's render stays until it is ready, so nothing
   * moves), and `refresh` can poll it. The document is then not put inline.
   */
  src?: string;
  /** Seconds between checks of `src` for a new version (docs/elements/). */
  refresh?: number;
}

// What the elements declare, less `state`, which they set themselves.
const ATTRIBUTE_NAMES: ReadonlySet<string> = new Set([
  'id',
  'class',
  ...[LedeArticle, LedeQuote, LedeTimeline].flatMap((element) => element.observedAttributes).filter((name) => name !== 'state'),
]);

export interface RenderOptions {
  attributes?: RenderAttributes;
  /**
   * The URL of the page the HTML goes into, or of the document: relative URLs in
   * the document resolve against it (in the HTML and in the JSON-LD). Without
   * it they stay relative, and the browser resolves them against the page.
   */
  baseUrl?: string;
  /** schema.org JSON-LD in light DOM (default `true`). */
  jsonLd?: boolean;
}

/**
 * In the browser a timeline's category colours are a constructed stylesheet,
 * which declarative shadow DOM cannot hold: on the server they follow the
 * element's styles as one more `<style>`.
 */
class TimelineRenderer extends LitElementRenderer {
  static override matchesClass(ctor: typeof HTMLElement): boolean {
    return ctor === LedeTimeline || ctor.prototype instanceof LedeTimeline;
  }

  override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult | undefined {
    const result = super.renderShadow(renderInfo);
    const rules = this.element instanceof LedeTimeline ? categoryRules(this.element.model) : '';
    if (rules) result?.push(`<style>${rules}</style>`);
    return result;
  }
}

const renderInfo = { elementRenderers: [TimelineRenderer, LitElementRenderer] };

function template(document: LedeDocument | unknown, model: Model, { attributes = {}, jsonLd: withJsonLd = true }: RenderOptions): unknown {
  const tag = unsafeStatic(`lede-${model.type}`);
  // The widget resolves its locale from the page in the browser; a document without
  // `lang` gets the server's choice written down, so both render the same words.
  const locale = attributes.locale ?? (model.lang ? undefined : 'en');
  const scripts =
    (attributes.src ? '' : `<script type="application/json">${scriptJson(document)}</script>`) +
    (withJsonLd ? `<script type="application/ld+json">${scriptJson(jsonLd(model))}</script>` : '');
  const written = Object.entries({ ...attributes, locale })
    .filter(([, value]) => value !== undefined && value !== null && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
    .join('');
  const start = unsafeStatic(`lede-${model.type}${written}`);
  // Static parts from lit/static-html: the tag and its escaped attributes are text, not bindings.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  return html`<${start} .model=${model}>${unsafeHTML(scripts)}</${tag}>`;
}

function prepare(document: unknown, options: RenderOptions): unknown {
  // A misspelt attribute would otherwise vanish without a word.
  const unknown = Object.keys(options.attributes ?? {}).filter((name) => !ATTRIBUTE_NAMES.has(name));
  if (unknown.length) throw new TypeError(`lede/ssr: unknown attribute ${unknown.map((name) => JSON.stringify(name)).join(', ')}; known: ${[...ATTRIBUTE_NAMES].join(', ')}`);
  return template(document, validateFrom(document, options.attributes?.src, options.baseUrl), options);
}

/**
 * A Lede document as HTML for the page: the element with its declarative shadow
 * DOM (visible before and without the script), the document inline as
 * `<script type="application/json">` (the widget hydrates from it, with no
 * fetch), and its schema.org JSON-LD. Throws `LedeRenderError` for a document
 * the widget would reject; items it would leave out are left out here too.
 */
export function renderToString(document: unknown, options: RenderOptions = {}): string {
  return collectResultSync(render(prepare(document, options), renderInfo));
}

/** `renderToString` as a Node stream, for HTTP responses. Validates before it returns. */
export function renderToStream(document: unknown, options: RenderOptions = {}): RenderResultReadable {
  return new RenderResultReadable(render(prepare(document, options), renderInfo));
}
