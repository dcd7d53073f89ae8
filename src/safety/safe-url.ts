const SCHEME = /^([a-z][a-z\d+.-]*):/i;
// Browsers drop tabs and newlines anywhere in a URL and C0 controls and spaces
// around it ("java\tscript:" is javascript:), so the check must see what they see.
const IGNORED_ANYWHERE = /[\t\n\r]/g;
const IGNORED_AROUND = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const PLACEHOLDER_BASE = 'https://lede.invalid/';

export type UrlScheme = 'http:' | 'https:' | 'mailto:';
const WEB: readonly UrlScheme[] = ['http:', 'https:'];

/**
 * An absolute http(s) URL (or `mailto:` where `schemes` allow it), resolved
 * against `baseUrl` when there is one; a relative URL stays relative when there
 * is no base (the page resolves it). Any other scheme gives `null`.
 */
export function safeUrl(value: string, baseUrl?: string, schemes: readonly UrlScheme[] = WEB): string | null {
  const cleaned = value.replace(IGNORED_ANYWHERE, '').replace(IGNORED_AROUND, '');
  if (!cleaned) return null;
  const allows = (protocol: string) => schemes.some((allowed) => allowed === protocol);
  const scheme = SCHEME.exec(cleaned)?.[1].toLowerCase();
  if (scheme !== undefined && !allows(`${scheme}:`)) return null;
  let resolved: URL;
  try {
    resolved = new URL(cleaned, baseUrl ?? PLACEHOLDER_BASE);
  } catch {
    return null;
  }
  if (!allows(resolved.protocol)) return null;
  if (!baseUrl && resolved.href.startsWith(PLACEHOLDER_BASE)) return cleaned;
  return resolved.href;
}
