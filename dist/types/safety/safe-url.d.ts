export type UrlScheme = 'http:' | 'https:' | 'mailto:';
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
export declare function safeUrl(value: string, baseUrl?: string, schemes?: readonly UrlScheme[]): string | null;
