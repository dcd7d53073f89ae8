export type UrlScheme = 'http:' | 'https:' | 'mailto:';
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
export declare function safeUrl(value: string, baseUrl?: string, schemes?: readonly UrlScheme[]): string | null;
