export type UrlScheme = 'http:' | 'https:' | 'mailto:';
const WEB: readonly UrlScheme[] = ['http:', 'https:'];

const ORIGIN = 'https://lede.invalid/';
const PAGE = `${ORIGIN}0/1`;

/**
 * `value` as the URL parser reads it: an absolute URL ("//host" too) as its
 * serialisation; a relative one as given, less what the parser strips (C0
 * controls and spaces at the ends, tabs and newlines), the rest of its
 * non-ASCII, spaces and controls percent-encoded as the parser does. Checked
 * to read as `value` does.
 */
function serialise(value: string): string | false {
  const { href } = new URL(value, PAGE);
  const written = href.startsWith(ORIGIN) ? value.replace(/^[\0- ]+|[\0- ]+$|[\t\n\r]/g, '').replace(/[^!-~]/gu, encodeURIComponent) : href;
  return new URL(written, PAGE).href === href && written;
}

/**
 * An absolute http(s) URL (or `mailto:` where `schemes` allow it), resolved
 * against `baseUrl` when there is one; a relative URL stays relative when there
 * is no base (the page resolves it), and a fragment (`#id`) stays one. Any
 * other scheme gives `null`.
 *
 * The browser's own URL parser reads the value, the scheme is checked on what
 * it read, and what is returned is that reading serialised: a prefix the parser
 * keeps (U+2028, U+00A0) stays percent-encoded in a relative path, where no
 * later trim can turn it into a scheme.
 */
export function safeUrl(value: string, baseUrl?: string, schemes: readonly UrlScheme[] = WEB): string | null {
  try {
    // A link to a place on the page ("#chronology") stays on the page, not on the document's URL.
    const resolved = baseUrl && !/^[\0- ]*(#|$)/.test(value) && new URL(value, baseUrl);
    const written = resolved ? resolved.href : serialise(value);
    return written && schemes.some((scheme) => scheme === (resolved || new URL(written, PAGE)).protocol) ? written : null;
  } catch {
    return null;
  }
}
