import { escapeHtml, scriptJson } from './escape.js';
import { fallbackHtml } from './fallback-html.js';
import { validateFrom } from './render.js';

export interface SnippetOptions {
  /** Embed by URL (`src`) instead of carrying the document inline. */
  src?: string;
  /** Where the page loads `dist/lede.js` from. */
  script?: string;
}

/** Stands in for the script's address until one is given: a partner replaces it with where they host `dist/lede.js`. */
export const PLACEHOLDER_SCRIPT = 'https://your.cdn/lede/dist/lede.js';

/**
 * The embed code for a document: the element with the data inline (or its `src`),
 * fallback content built from the document (the quote as a `<blockquote>`, the
 * timeline as a list, the article's headline and first paragraphs) so the embed
 * reads well before and without the script, and the script tag.
 */
export function embedSnippet(document: unknown, { src, script = PLACEHOLDER_SCRIPT }: SnippetOptions = {}): string {
  // The fallback's links point where the widget's will: from the document's URL, not the page's.
  const model = validateFrom(document, src);
  const tag = `lede-${model.type}`;
  const data = src ? '' : `  <script type="application/json">${scriptJson(document)}</script>\n`;
  const fallback = fallbackHtml(model).replace(/^/gm, '  ');
  return `<${tag}${src ? ` src="${escapeHtml(src)}"` : ''}>
${data}${fallback}
</${tag}>
<script src="${escapeHtml(script)}" async></script>
`;
}
