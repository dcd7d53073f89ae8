/**
 * The article paragraph's `html` field, reduced to SPEC §4's inline allow-list.
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
// The tag name is matched atomically ((?=(…))\1): backtracking into it changes no match, and on
// an unclosed run like '<b<b<b…' it overflows SpiderMonkey's regexp stack ("too much recursion").
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>?|<\/?(?=([a-zA-Z][^\s/>]*))\1((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);?/gi, (match, name: string) => {
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

function readAttributes(tag: AllowedTag, source: string, baseUrl: string | undefined): SafeElement['attributes'] {
  const attributes: Record<string, string> = {};
  for (const [, rawName, double, single, bare] of source.matchAll(ATTRIBUTE)) {
    const name = rawName.toLowerCase();
    const value = decodeEntities(double ?? single ?? bare ?? '');
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

/** Parses `source` into a tree of allowed inline elements and text; never throws. */
export function sanitizeHtml(source: string, baseUrl?: string): SafeHtml {
  const root: SafeNode[] = [];
  const stack: OpenElement[] = [];
  const children = () => (stack.length ? stack[stack.length - 1].children : root);
  const pushText = (text: string) => {
    if (!text) return;
    const list = children();
    const last = list.length - 1;
    if (typeof list[last] === 'string') list[last] += text;
    else list.push(text);
  };
  let position = 0;
  let skipUntil: string | undefined;
  for (const match of source.matchAll(TOKEN)) {
    const [token, rawName, attributeSource] = match;
    const index = match.index ?? 0;
    const name = rawName?.toLowerCase();
    if (skipUntil) {
      if (name === skipUntil && token[1] === '/') {
        skipUntil = undefined;
        position = index + token.length;
      }
      continue;
    }
    pushText(decodeEntities(source.slice(position, index)));
    position = index + token.length;
    if (!name) continue; // comment, doctype, processing instruction
    const closing = token[1] === '/';
    if (!closing && DROPPED_WITH_CONTENT.has(name)) {
      if (!/\/>$/.test(token)) skipUntil = name;
      continue;
    }
    if (!isAllowedTag(name)) continue; // unknown tag: keep its text, drop the tag
    if (closing) {
      const depth = stack.map((open) => open.tag).lastIndexOf(name);
      if (depth < 0) continue;
      while (stack.length > depth) close();
    } else if (name === 'br') {
      children().push({ tag: 'br', attributes: {}, children: [] });
    } else {
      stack.push({ tag: name, attributes: readAttributes(name, attributeSource ?? '', baseUrl), children: [] });
    }
  }
  if (!skipUntil) pushText(decodeEntities(source.slice(position)));
  while (stack.length) close();
  return root;

  function close() {
    const element = stack.pop();
    if (element) (stack.length ? stack[stack.length - 1].children : root).push(element);
  }
}

/** The text a reader would see, for plain-text uses (JSON-LD, snippets). */
export function safeHtmlToText(nodes: SafeHtml): string {
  return nodes.map((node) => (typeof node === 'string' ? node : node.tag === 'br' ? '\n' : safeHtmlToText(node.children))).join('');
}
