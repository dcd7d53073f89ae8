/**
 * Fetches a JSON document for a widget's `src` (SPEC §3): no cookies, a
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
}
export declare function fetchDocument(url: string, options?: FetchDocumentOptions): Promise<{
    json: unknown;
    url: string;
}>;
