/**
 * Fetches a JSON document for a widget's `src` (SPEC §3): no cookies, a
 * timeout and a size cap, and the URL it finally came from, against which
 * relative URLs inside it resolve. Plain `fetch`: works in Node too.
 */
export type FetchErrorCode = 'fetch-failed' | 'timeout';

/** 1 MiB: far above any real story, far below what could hang a reader's tab. */
export const DEFAULT_MAX_BYTES = 1024 * 1024;
export const DEFAULT_TIMEOUT = 10_000;

export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface FetchDocumentOptions {
  /** Aborting it cancels the request silently: the caller has moved on. */
  readonly signal?: AbortSignal;
  readonly timeout?: number;
  readonly maxBytes?: number;
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const tooLarge = () => new FetchError('fetch-failed', `larger than ${maxBytes} bytes`);
  if (Number(response.headers.get('content-length')) > maxBytes) throw tooLarge();
  if (!response.body) return response.text();
  // Count while reading: a chunked body has no Content-Length to trust.
  const reader = response.body.getReader();
  const chunks: BlobPart[] = [];
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      void reader.cancel();
      throw tooLarge();
    }
    chunks.push(read.value);
  }
  return new Blob(chunks).text();
}

export async function fetchDocument(url: string, options: FetchDocumentOptions = {}): Promise<{ json: unknown; url: string }> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const timer = AbortSignal.timeout(timeout);
  const signal = options.signal ? AbortSignal.any([options.signal, timer]) : timer;
  try {
    const response = await fetch(url, { credentials: 'omit', signal });
    if (!response.ok) throw new FetchError('fetch-failed', `HTTP ${response.status} for ${url}`);
    const body = await readCapped(response, options.maxBytes ?? DEFAULT_MAX_BYTES);
    try {
      return { json: JSON.parse(body), url: response.url || url };
    } catch {
      throw new FetchError('fetch-failed', `${url} is not JSON`);
    }
  } catch (error) {
    if (options.signal?.aborted || error instanceof FetchError) throw error;
    if (timer.aborted) throw new FetchError('timeout', `no answer from ${url} within ${timeout} ms`);
    throw new FetchError('fetch-failed', String(error));
  }
}
