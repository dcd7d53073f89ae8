import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import '../components/article/article.js';
import '../components/quote/quote.js';
import '../components/timeline/timeline.js';
import type { QuoteVariant } from '../components/quote/quote.component.js';
import type { TimelineLayout, TimelineOrder } from '../components/timeline/timeline.component.js';
import type { LedeTheme } from '../internal/lede-element.js';
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
 * A Lede document as HTML for the page: the element with its declarative shadow
 * DOM (visible before and without the script), the document inline as
 * `<script type="application/json">` (the widget hydrates from it, with no
 * fetch), and its schema.org JSON-LD. Throws `LedeRenderError` for a document
 * the widget would reject; items it would leave out are left out here too.
 */
export declare function renderToString(document: unknown, options?: RenderOptions): string;
/** `renderToString` as a Node stream, for HTTP responses. Validates before it returns. */
export declare function renderToStream(document: unknown, options?: RenderOptions): RenderResultReadable;
