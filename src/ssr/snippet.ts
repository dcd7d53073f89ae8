import { escapeHtml, scriptJson } from './escape.js';
import { fallbackHtml } from './fallback-html.js';
import { cdnScript } from './release.js';
import { validateFrom } from './validate-from.js';

export interface SnippetOptions {
  /** Embed by URL (`src`) instead of carrying the document inline. */
  src?: string;
  /** Where the page loads `dist/lede.js` from; by default this release on the CDN, with its hash. */
  script?: string;
  /** The `integrity` of `script` (`sha384-…`), for a copy the partner hosts. */
  integrity?: string;
}

/** The classic script's tag: with `integrity` (and so `crossorigin`) when the hash is known. */
export function scriptTag({ src, integrity }: { src: string; integrity?: string | undefined } = cdnScript()): string {
  const checked = integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : '';
  return `<script src="${escapeHtml(src)}"${checked} async></script>`;
}

/**
 * The embed code for a document: the element with the data inline (or its `src`),
 * fallback content built from the document (the quote as a `<blockquote>`, the
 * timeline as a list, the article's headline and first paragraphs) so the embed
 * reads well before and without the script, and the script tag.
 */
export function embedSnippet(document: unknown, { src, script, integrity }: SnippetOptions = {}): string {
  // The fallback's links point where the widget's will: from the document's URL, not the page's.
  const model = validateFrom(document, src);
  const tag = `lede-${model.type}`;
  const data = src ? '' : `  <script type="application/json">${scriptJson(document)}</script>\n`;
  const fallback = fallbackHtml(model).replace(/^/gm, '  ');
  return `<${tag}${src ? ` src="${escapeHtml(src)}"` : ''}>
${data}${fallback}
</${tag}>
${scriptTag(script ? { src: script, integrity } : cdnScript())}
`;
}
