const PLACEHOLDER_BASE = 'https://lede.invalid/';

export type UrlScheme = 'http:' | 'https:' | 'mailto:';
const WEB: readonly UrlScheme[] = ['http:', 'https:'];

/**
 * An absolute http(s) URL (or `mailto:` where `schemes` allow it), resolved
 * against `baseUrl` when there is one; a relative URL stays relative when there
 * is no base (the page resolves it), and a fragment (`#id`) stays one. Any
 * other scheme gives `null`.
 *
 * The browser's own URL parser decides the scheme, so every disguise it would
 * see through ("java\tscript:", leading control characters, upper case) is
 * seen through here too.
 */
export function safeUrl(value: string, baseUrl?: string, schemes: readonly UrlScheme[] = WEB): string | null {
  // A link to a place on the page ("#chronology") stays on the page, not on the document's URL.
  if (/^#[^\s]*$/.test(value.trim())) return value.trim();
  let resolved: URL;
  try {
    resolved = new URL(value, baseUrl ?? PLACEHOLDER_BASE);
  } catch {
    return null;
  }
  if (!value.trim() || !schemes.some((scheme) => scheme === resolved.protocol)) return null;
  return !baseUrl && resolved.href.startsWith(PLACEHOLDER_BASE) ? value.trim() : resolved.href;
}
