import { safeHtmlToText, sanitizeHtml, type SafeHtml } from '../safety/sanitize-html.js';

/**
 * Longer HTML fields are left out with a warning: the sanitiser's time grows faster than
 * its input on some hostile markup (1 MiB of `<a title="` takes minutes), and a slide's
 * text is never this long.
 */
export const MAX_HTML_LENGTH = 16_384;
// A line break before each block-level tag, so paragraphs do not run together once the
// sanitiser drops the tags. No quantifier: one pass, whatever the input.
const BLOCK_TAG = /<\/?(?:p|div|li|ul|ol|blockquote|h[1-6]|tr|table|section|article|header|footer|figure|figcaption|pre|hr|cite)(?=[\s/>])/gi;
const LOST_TAG = /<(script|style|iframe|object|embed|svg|math|img|picture|video|audio|template|noscript|form|input|textarea|select|button)(?=[\s/>])/gi;

/** The text a reader of the sanitised HTML sees, and what it does not carry (links, embeds). */
export function htmlToPlainText(html: string): { text: string; lost: string[] } {
  if (html.length > MAX_HTML_LENGTH) return { text: '', lost: [`longer than ${MAX_HTML_LENGTH} characters; left out`] };
  const lost: string[] = [];
  const tree = sanitizeHtml(html.replace(BLOCK_TAG, '\n$&'));
  for (const href of linksIn(tree)) lost.push(`link to ${href} not carried over (Lede's text is plain text)`);
  const dropped = new Set(Array.from(html.matchAll(LOST_TAG), (match) => `<${match[1].toLowerCase()}>`));
  if (dropped.size) lost.push(`${[...dropped].join(', ')} left out (Lede's text is plain text)`);
  const text = safeHtmlToText(tree)
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text, lost };
}

function linksIn(nodes: SafeHtml): string[] {
  return nodes.flatMap((node) => {
    if (typeof node === 'string') return [];
    return [...(node.tag === 'a' && node.attributes.href ? [node.attributes.href] : []), ...linksIn(node.children)];
  });
}
