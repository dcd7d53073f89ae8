import { constants } from 'node:fs';
import { stat, open, realpath } from 'node:fs/promises';
import { isAbsolute, resolve, relative, sep } from 'node:path';

/** 1 MiB: far above any real story, far below what could hang a reader's tab. */
const DEFAULT_MAX_BYTES = 1024 * 1024;
const DEFAULT_TIMEOUT = 10_000;
/** The longest a timer can wait (2^31 - 1 ms, about 24 days). */
const MAX_TIMEOUT = 2 ** 31 - 1;
class FetchError extends Error {
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
/**
 * The length and a 32-bit FNV-1a hash of `text`: tells a new version of a document from the one
 * shown (a new one of the same length passes for the old one once in 4 billion) without keeping
 * the old one's text, up to 1 MiB, for each widget.
 */
function fingerprintOf(text) {
    let hash = 0x811c9dc5;
    for (let at = 0; at < text.length; at++)
        hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
    return `${text.length}.${hash}`;
}
/**
 * Where, in `bytes` (at byte `start` of the body), the first letter that is not UTF-8 begins. Only a
 * failed body pays for it: byte by byte, from past the end of a letter begun before `bytes`.
 */
function invalidByteAt(bytes, start) {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let at = 0;
    while (at < 3 && (bytes[at] & 0xc0) === 0x80)
        at++;
    let letter = at;
    try {
        for (; at < bytes.length; at++)
            if (decoder.decode(bytes.subarray(at, at + 1), { stream: true }))
                letter = at + 1;
    }
    catch {
        return start + letter;
    }
    return start;
}
async function readCapped(response, url, maxBytes, stop) {
    const tooLarge = () => {
        // Hung up at once: an unread body would go on downloading into the reader's tab.
        stop();
        return new FetchError('fetch-failed', `larger than ${maxBytes} bytes`);
    };
    if (Number(response.headers.get('content-length')) > maxBytes)
        throw tooLarge();
    if (!response.body)
        return response.text();
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
        }
        catch {
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
    }
    catch {
        throw new FetchError('fetch-failed', `${url} is not UTF-8 (it ends inside a letter)`);
    }
}
/** Resolves with the document, or with null when a refresh finds the version already known. */
async function fetchDocument(url, options = {}) {
    // A `timeout` attribute that is no positive number of ms ("5s", "", 0) leaves the default.
    const timeout = options.timeout > 0 && options.timeout <= MAX_TIMEOUT ? Math.ceil(options.timeout) : DEFAULT_TIMEOUT;
    // A timer of our own, not AbortSignal.timeout: WebKit let that signal go (garbage-collected, it
    // seems) while the fetch still waited, so a slow answer never timed out there.
    const controller = new AbortController();
    let timedOut = false;
    const clock = setTimeout(() => {
        timedOut = true;
        controller.abort();
    }, timeout);
    const cancel = () => controller.abort();
    if (options.signal?.aborted)
        cancel();
    options.signal?.addEventListener('abort', cancel);
    const { known } = options;
    try {
        const response = await fetch(url, { credentials: 'omit', signal: controller.signal, cache: known ? 'no-cache' : 'default' });
        if (!response.ok)
            throw new FetchError('fetch-failed', `HTTP ${response.status} for ${url}`);
        const etag = response.headers.get('etag');
        const lastModified = response.headers.get('last-modified');
        if (known && (etag ? etag === known.etag : !!lastModified && lastModified === known.lastModified)) {
            void response.body?.cancel();
            return null;
        }
        const body = await readCapped(response, url, options.maxBytes ?? DEFAULT_MAX_BYTES, cancel);
        // Without a validator it can read, a refresh compares the body: the same one is not parsed again.
        const fingerprint = etag || lastModified ? undefined : fingerprintOf(body);
        if (known && fingerprint && fingerprint === known.fingerprint)
            return null;
        try {
            return { parsedJson: JSON.parse(body), url: response.url || url, etag, lastModified, fingerprint };
        }
        catch {
            throw new FetchError('fetch-failed', `${url} is not JSON`);
        }
    }
    catch (error) {
        if (options.signal?.aborted || error instanceof FetchError)
            throw error;
        if (timedOut)
            throw new FetchError('timeout', `no answer from ${url} within ${timeout} ms`);
        throw new FetchError('fetch-failed', String(error));
    }
    finally {
        clearTimeout(clock);
        options.signal?.removeEventListener('abort', cancel);
    }
}

/// <reference types="node" />
/**
 * Reads a document from disk the way the browser fetches one: at most 1 MiB,
 * UTF-8 or refused. A block's `src` is read only from inside a root folder
 * (issue 17): an article from a partner must not pull other files of the
 * server into the page. No message quotes what a refused file holds.
 */
/** A file that could not or may not be read; the message is ready for the reader. */
class DocumentFileError extends Error {
    constructor(problem, message) {
        super(message);
        this.problem = problem;
    }
}
const UNREADABLE = {
    ENOENT: ['not-found', 'cannot read: no such file'],
    ENOTDIR: ['not-found', 'cannot read: no such file'],
    EISDIR: ['not-a-file', 'cannot read: is a folder, not a file'],
    EACCES: ['unreadable', 'cannot read: permission denied'],
    ELOOP: ['unreadable', 'cannot read: too many symbolic links'],
    // Opening a socket.
    ENXIO: ['not-a-file', 'not a regular file'],
    // A NUL in the name: no file can have it.
    ERR_INVALID_ARG_VALUE: ['not-found', 'cannot read: no such file'],
};
function unreadable(error) {
    if (error instanceof DocumentFileError)
        return error;
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    const [problem, message] = UNREADABLE[code] ?? ['unreadable', `cannot read: ${code || String(error)}`];
    return new DocumentFileError(problem, message);
}
/**
 * Offset of the first byte that does not begin a well-formed UTF-8 sequence
 * (Unicode 15, table 3-7: no overlong forms, no surrogates, nothing past
 * U+10FFFF), or -1 when every byte does.
 */
function invalidUtf8Offset(bytes) {
    for (let at = 0; at < bytes.length;) {
        const lead = bytes[at];
        const length = lead < 0x80 ? 1 : lead < 0xc2 ? 0 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : lead < 0xf5 ? 4 : 0;
        if (!length)
            return at;
        // The second byte's range is narrower after E0, ED, F0 and F4.
        const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
        const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
        for (let next = 1; next < length; next++) {
            const byte = bytes[at + next];
            if (byte === undefined || byte < (next === 1 ? low : 0x80) || byte > (next === 1 ? high : 0xbf))
                return at;
        }
        at += length;
    }
    return -1;
}
/** `bytes` as text (a byte-order mark is dropped), or `not UTF-8 at byte N`, counted from 0. */
function decodeUtf8(bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new DocumentFileError('not-utf8', `not UTF-8 at byte ${invalidUtf8Offset(bytes)}`);
    }
}
function tooLarge() {
    return new DocumentFileError('too-large', `larger than ${DEFAULT_MAX_BYTES / 1024 / 1024} MiB`);
}
/**
 * The text of the regular file at `path`, read to at most 1 MiB. Anything else
 * (a folder, a device such as /dev/zero, a FIFO, a socket, /proc files that
 * claim no size) is refused before a byte is read. O_NONBLOCK: opening a FIFO
 * must not wait for a writer.
 */
async function readDocumentFile(path) {
    let file;
    try {
        if (!(await stat(path)).isFile())
            throw new DocumentFileError('not-a-file', 'not a regular file');
        file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    }
    catch (error) {
        throw unreadable(error);
    }
    try {
        // Checked again on what was opened: the path may have changed since.
        const opened = await file.stat();
        if (!opened.isFile())
            throw new DocumentFileError('not-a-file', 'not a regular file');
        if (opened.size > DEFAULT_MAX_BYTES)
            throw tooLarge();
        // One byte past the cap tells a file that is too large, without reading the rest of it.
        const buffer = new Uint8Array(DEFAULT_MAX_BYTES + 1);
        let length = 0;
        for (let read = -1; read !== 0 && length < buffer.length; length += read) {
            ({ bytesRead: read } = await file.read(buffer, length, buffer.length - length, length));
        }
        if (length > DEFAULT_MAX_BYTES)
            throw tooLarge();
        // /proc and /sys files are "regular" but say they hold 0 bytes and then give more.
        if (length !== opened.size)
            throw new DocumentFileError('not-a-file', 'not a regular file (its size changes as it is read)');
        return decodeUtf8(buffer.subarray(0, length));
    }
    catch (error) {
        throw unreadable(error);
    }
    finally {
        await file.close();
    }
}
/** Standard input's text, with the same cap: it stops reading past 1 MiB. */
async function readDocumentInput(input = process.stdin) {
    const chunks = [];
    let length = 0;
    for await (const chunk of input) {
        chunks.push(chunk);
        length += chunk.length;
        if (length > DEFAULT_MAX_BYTES) {
            input.destroy();
            throw tooLarge();
        }
    }
    return decodeUtf8(Buffer.concat(chunks));
}
function isInside(root, path) {
    const way = relative(root, path);
    return way !== '..' && !way.startsWith(`..${sep}`) && !isAbsolute(way);
}
/**
 * The file a block's `src` names, `src` being relative to `folder` (the
 * article's), if it lies inside `root`: an absolute path, a `..` that climbs
 * out of `root` and a symbolic link that leads out of it are refused.
 */
async function resolveInsideRoot(src, folder, root) {
    const path = src.replace(/[?#].*$/s, '');
    const refuse = (why) => new DocumentFileError('outside-root', `${why}; only files inside ${resolve(root)} are read`);
    if (isAbsolute(path))
        throw refuse('an absolute path');
    const resolved = resolve(folder, path);
    if (!isInside(resolve(root), resolved))
        throw refuse('outside the root folder');
    let real;
    try {
        real = await realpath(resolved);
    }
    catch (error) {
        throw unreadable(error);
    }
    if (!isInside(await realpath(root), real))
        throw refuse('a symbolic link to a file outside the root folder');
    return real;
}

export { DEFAULT_TIMEOUT as D, FetchError as F, resolveInsideRoot as a, DocumentFileError as b, readDocumentInput as c, decodeUtf8 as d, fetchDocument as f, invalidUtf8Offset as i, readDocumentFile as r };
