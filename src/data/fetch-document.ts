/**
 * Fetches a JSON document for a widget's `src` (docs/widgets.md): no cookies, a
 * timeout and a size cap, and the URL it finally came from, against which
 * relative URLs inside it resolve. Plain `fetch`: works in Node too.
 */
export type FetchErrorCode = 'fetch-failed' | 'timeout';

/** 1 MiB: far above any real story, far below what could hang a reader's tab. */
export const DEFAULT_MAX_BYTES = 1024 * 1024;
export const DEFAULT_TIMEOUT = 10_000;
/** The longest a timer can wait (2^31 - 1 ms, about 24 days). */
const MAX_TIMEOUT = 2 ** 31 - 1;

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

/**
 * The length and a 32-bit FNV-1a hash of `text`: tells a new version of a document from the one
 * shown (a new one of the same length passes for the old one once in 4 billion) without keeping
 * the old one's text, up to 1 MiB, for each widget.
 */
function fingerprintOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let at = 0; at < text.length; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return `${text.length}.${hash}`;
}

/**
 * Where, in `bytes` (at byte `start` of the body), the first letter that is not UTF-8 begins. Only a
 * failed body pays for it: byte by byte, from past the end of a letter begun before `bytes`.
 */
function invalidByteAt(bytes: Uint8Array, start: number): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  while (at < 3 && (bytes[at] & 0xc0) === 0x80) at++;
  let letter = at;
  try {
    for (; at < bytes.length; at++) if (decoder.decode(bytes.subarray(at, at + 1), { stream: true })) letter = at + 1;
  } catch {
    return start + letter;
  }
  return start;
}

async function readCapped(response: Response, url: string, maxBytes: number, stop: () => void): Promise<string> {
  const tooLarge = () => {
    // Hung up at once: an unread body would go on downloading into the reader's tab.
    stop();
    return new FetchError('fetch-failed', `larger than ${maxBytes} bytes`);
  };
  if (Number(response.headers.get('content-length')) > maxBytes) throw tooLarge();
  if (!response.body) return response.text();
  // Count while reading: a chunked body has no Content-Length to trust. Decoded as it comes:
  // a Blob of the chunks took about 1 ms per body in Chromium (100 cards: 90 ms), this 0.04 ms.
  // JSON is UTF-8 (RFC 8259), as the CLI reads it: other bytes are an error, not U+FFFD.
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text = '';
  let size = 0;
  let last = new Uint8Array();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      void reader.cancel();
      throw tooLarge();
    }
    try {
      text += decoder.decode(read.value, { stream: true });
    } catch {
      void reader.cancel();
      // The broken letter may have begun in the chunk before.
      const tail = last.subarray(-3);
      const at = invalidByteAt(new Uint8Array([...tail, ...read.value]), size - read.value.byteLength - tail.length);
      throw new FetchError('fetch-failed', `${url} is not UTF-8 (byte ${at})`);
    }
    last = read.value;
  }
  try {
    return text + decoder.decode();
  } catch {
    throw new FetchError('fetch-failed', `${url} is not UTF-8 (it ends inside a letter)`);
  }
}

/** Resolves with the document, or with null when a refresh finds the version already known. */
export async function fetchDocument(url: string, options: FetchDocumentOptions = {}): Promise<FetchedDocument | null> {
  // A `timeout` attribute that is no positive number of ms ("5s", "", 0) leaves the default.
  const timeout = options.timeout! > 0 && options.timeout! <= MAX_TIMEOUT ? Math.ceil(options.timeout!) : DEFAULT_TIMEOUT;
  // A timer of our own, not AbortSignal.timeout: WebKit let that signal go (garbage-collected, it
  // seems) while the fetch still waited, so a slow answer never timed out there.
  const controller = new AbortController();
  let timedOut = false;
  const clock = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const cancel = () => controller.abort();
  if (options.signal?.aborted) cancel();
  options.signal?.addEventListener('abort', cancel);
  const { known } = options;
  try {
    const response = await fetch(url, { credentials: 'omit', signal: controller.signal, cache: known ? 'no-cache' : 'default' });
    if (!response.ok) throw new FetchError('fetch-failed', `HTTP ${response.status} for ${url}`);
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    if (known && (etag ? etag === known.etag : !!lastModified && lastModified === known.lastModified)) {
      void response.body?.cancel();
      return null;
    }
    const body = await readCapped(response, url, options.maxBytes ?? DEFAULT_MAX_BYTES, cancel);
    // Without a validator it can read, a refresh compares the body: the same one is not parsed again.
    const fingerprint = etag || lastModified ? undefined : fingerprintOf(body);
    if (known && fingerprint && fingerprint === known.fingerprint) return null;
    try {
      return { parsedJson: JSON.parse(body), url: response.url || url, etag, lastModified, fingerprint };
    } catch {
      throw new FetchError('fetch-failed', `${url} is not JSON`);
    }
  } catch (error) {
    if (options.signal?.aborted || error instanceof FetchError) throw error;
    if (timedOut) throw new FetchError('timeout', `no answer from ${url} within ${timeout} ms`);
    throw new FetchError('fetch-failed', String(error));
  } finally {
    clearTimeout(clock);
    options.signal?.removeEventListener('abort', cancel);
  }
}
