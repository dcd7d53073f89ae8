export type UrlScheme = 'http:' | 'https:' | 'mailto:';
/**
 * An absolute http(s) URL (or `mailto:` where `schemes` allow it), resolved
 * against `baseUrl` when there is one; a relative URL stays relative when there
 * is no base (the page resolves it). Any other scheme gives `null`.
 */
export declare function safeUrl(value: string, baseUrl?: string, schemes?: readonly UrlScheme[]): string | null;
