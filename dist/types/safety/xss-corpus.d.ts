/** Every payload: the markup, and each URL scheme as a link and as a bare string. */
export declare const XSS_PAYLOADS: readonly string[];
/** URL payloads only, for URL fields. */
export declare const HOSTILE_URLS: readonly string[];
