/**
 * The article paragraph's `html` field, reduced to the inline allow-list of docs/data-format.md.
 *
 * Safe by construction: the input is tokenised here (no DOMParser, no
 * innerHTML, so it runs in Node for server rendering and needs no Trusted
 * Types policy) and only a tree of allowed tags with checked attributes comes
 * out. Text is kept as text and is rendered through Lit text bindings, so
 * markup the tokeniser does not understand can only ever show up as
 * characters, never as elements.
 */
import { safeUrl } from './safe-url.js';

export const ALLOWED_TAGS = [
  'a', 'b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'br', 'code', 'mark', 'q', 'abbr', 'small', 'span', 'time',
] as const;
export type AllowedTag = (typeof ALLOWED_TAGS)[number];

export interface SafeElement {
  readonly tag: AllowedTag;
  /** Only `href`, `title`, `target` (`_blank`) on a; `title` on abbr; `cite` on q; `datetime` on time; `lang` and `dir` on span. */
  readonly attributes: Readonly<Partial<Record<'href' | 'title' | 'target' | 'cite' | 'datetime' | 'lang' | 'dir', string>>>;
  readonly children: SafeHtml;
}
export type SafeNode = string | SafeElement;
export type SafeHtml = readonly SafeNode[];

/** Elements whose content is never text for a reader: dropped whole. */
const DROPPED_WITH_CONTENT = new Set([
  'script', 'style', 'template', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript',
  'object', 'embed', 'svg', 'math', 'select', 'option', 'plaintext', 'head',
]);
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ndash: '–', mdash: '—',
  laquo: '«', raquo: '»', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bdquo: '„', thinsp: '\u2009',
};
/**
 * Deeper elements are flattened into their nearest kept ancestor (their text stays): the tree is
 * rendered, turned into text and serialised by recursion, which must not overflow the call stack.
 */
export const MAX_DEPTH = 32;

export function decodeEntities(text: string): string {
  return !text.includes('&') ? text : text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);?/gi, (match, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return ENTITIES[name.toLowerCase()] ?? match;
  });
}

function isAllowedTag(name: string): name is AllowedTag {
  return ALLOWED_TAGS.some((tag) => tag === name);
}

// Sticky, and none can backtrack further than the run it just read: every tag is read in one
// pass, so unclosed tags cost no more than closed ones. Quotes count only around attribute
// values, as in the HTML tokenizer.
const MARKUP = /<(?:!--[\s\S]*?(?:-->|$)|[!?][^>]*>?|(\/?)([a-z][^\s/>]*))/iy;
const ATTRIBUTE = /[\s/]*(?:>|([^\s/>][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?)/y;

/**
 * Where the tag whose attributes start at `index` ends (just after its `>`), or -1 when the
 * source ends inside it; its attributes go into `attributes` if given.
 */
function readTagEnd(source: string, index: number, attributes?: Array<[string, string]>): number {
  for (ATTRIBUTE.lastIndex = index; ; ) {
    const match = ATTRIBUTE.exec(source);
    if (!match || /^["']/.test(match[4] ?? '')) return -1; // the end, or a quote that never closes
    if (!match[1]) return ATTRIBUTE.lastIndex;
    attributes?.push([match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '']);
  }
}

function readAttributes(tag: AllowedTag, source: ReadonlyArray<[string, string]>, baseUrl: string | undefined): SafeElement['attributes'] {
  const attributes: Record<string, string> = {};
  for (const [name, rawValue] of source) {
    const value = decodeEntities(rawValue);
    if (tag === 'span' && (name === 'lang' || (name === 'dir' && /^(ltr|rtl|auto)$/i.test(value)))) attributes[name] = value;
    else if (name === 'title' && (tag === 'a' || tag === 'abbr')) attributes.title = value;
    else if (name === 'target' && tag === 'a' && value === '_blank') attributes.target = value;
    else if (name === 'datetime' && tag === 'time') attributes.datetime = value;
    else if ((name === 'href' && tag === 'a') || (name === 'cite' && tag === 'q')) {
      const safe = safeUrl(value, baseUrl, tag === 'a' ? ['http:', 'https:', 'mailto:'] : ['http:', 'https:']);
      if (safe !== null) attributes[name] = safe;
    }
  }
  return attributes;
}

interface OpenElement {
  readonly tag: AllowedTag;
  readonly attributes: SafeElement['attributes'];
  readonly children: SafeNode[];
}

/**
 * Parses `source` into a tree of allowed inline elements and text; never throws. Time is
 * linear in the length: each character is scanned a bounded number of times, and a tag
 * the source ends inside is shown, with the rest, as text.
 */
export function sanitizeHtml(source: string, baseUrl?: string): SafeHtml {
  const root: SafeNode[] = [];
  const stack: OpenElement[] = [];
  // Open elements deeper than MAX_DEPTH: names only, their content goes to the deepest kept one.
  const flattened: AllowedTag[] = [];
  // How many of each tag are open: a close tag with none open costs nothing, one with some open
  // pops what it closes, so a long run of either is never a search of the whole stack.
  const openCounts: Partial<Record<AllowedTag, number>> = {};
  const children = () => (stack.length ? stack[stack.length - 1].children : root);
  const pushText = (text: string) => {
    if (!text) return;
    const list = children();
    const last = list.length - 1;
    if (typeof list[last] === 'string') list[last] += text;
    else list.push(text);
  };
  let textStart = 0;
  let skipUntil: string | undefined;
  for (let start = source.indexOf('<'), end: number; start >= 0; start = source.indexOf('<', end)) {
    MARKUP.lastIndex = start;
    const [token, slash, rawName] = MARKUP.exec(source) ?? [];
    const name = rawName?.toLowerCase();
    const isClosing = !!slash;
    const attributesStart = MARKUP.lastIndex;
    end = !token ? start + 1 : name ? readTagEnd(source, attributesStart) : attributesStart;
    if (end < 0) break; // the source ends inside this tag: it is shown as text, with the rest
    if (!token) continue; // a '<' that starts no markup is text
    if (skipUntil) {
      if (isClosing && name === skipUntil) {
        skipUntil = undefined;
        textStart = end;
      }
      continue;
    }
    pushText(decodeEntities(source.slice(textStart, start)));
    textStart = end;
    if (!name) continue; // comment, doctype, processing instruction
    if (!isClosing && DROPPED_WITH_CONTENT.has(name)) {
      if (source[end - 2] !== '/') skipUntil = name;
      continue;
    }
    if (!isAllowedTag(name)) continue; // unknown tag: keep its text, drop the tag
    if (isClosing) {
      if (openCounts[name]) for (let tag = close(); tag && tag !== name; tag = close());
    } else if (name === 'br') {
      children().push({ tag: 'br', attributes: {}, children: [] });
    } else {
      openCounts[name] = (openCounts[name] ?? 0) + 1;
      if (stack.length >= MAX_DEPTH) {
        flattened.push(name);
      } else {
        const attributes: Array<[string, string]> = [];
        readTagEnd(source, attributesStart, attributes); // read again, now that it is known to end and be kept
        stack.push({ tag: name, attributes: readAttributes(name, attributes, baseUrl), children: [] });
      }
    }
  }
  if (!skipUntil) pushText(decodeEntities(source.slice(textStart)));
  while (close());
  return root;

  function close(): AllowedTag | undefined {
    let tag = flattened.pop();
    if (!tag) {
      const element = stack.pop();
      if (!element) return undefined;
      children().push(element);
      tag = element.tag;
    }
    openCounts[tag] = (openCounts[tag] ?? 1) - 1;
    return tag;
  }
}

/** The text a reader would see, for plain-text uses (JSON-LD, snippets). */
export function safeHtmlToText(nodes: SafeHtml): string {
  return nodes.map((node) => (typeof node === 'string' ? node : node.tag === 'br' ? '\n' : safeHtmlToText(node.children))).join('');
}
