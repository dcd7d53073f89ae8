/**
 * Fetches a JSON document for a widget's `src` (docs/widgets.md): no cookies, a
 * timeout and a size cap, and the URL it finally came from, against which
 * relative URLs inside it resolve. Plain `fetch`: works in Node too.
 */
export type FetchErrorCode = 'fetch-failed' | 'timeout';
/** 1 MiB: far above any real story, far below what could hang a reader's tab. */
export declare const DEFAULT_MAX_BYTES: number;
export declare const DEFAULT_TIMEOUT = 10000;
export declare class FetchError extends Error {
    readonly code: FetchErrorCode;
    constructor(code: FetchErrorCode, message: string);
}
export interface FetchDocumentOptions {
    /** Aborting it cancels the request silently: the caller has moved on. */
    readonly signal?: AbortSignal;
    readonly timeout?: number;
    readonly maxBytes?: number;
    /**
     * A refresh: the browser revalidates its cached copy (`If-None-Match` /
     * `If-Modified-Since`, no CORS preflight), and a response carrying these
     * validators again is the document already shown: not read, not parsed.
     */
    readonly known?: DocumentValidators;
}
/**
 * What identifies a version of a document: its `ETag`, else its `Last-Modified`, else (a server
 * on another origin that does not expose them) a fingerprint of its body.
 */
export interface DocumentValidators {
    readonly etag: string | null;
    readonly lastModified: string | null;
    readonly fingerprint?: string;
}
export interface FetchedDocument extends DocumentValidators {
    readonly parsedJson: unknown;
    /** The URL it came from, after redirects: relative URLs inside resolve against it. */
    readonly url: string;
}
/** Resolves with the document, or with null when a refresh finds the version already known. */
export declare function fetchDocument(url: string, options?: FetchDocumentOptions): Promise<FetchedDocument | null>;
