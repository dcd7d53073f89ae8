/// <reference types="node" />
/**
 * Reads a document from disk the way the browser fetches one: at most 1 MiB,
 * UTF-8 or refused. A block's `src` is read only from inside a root folder
 * (issue 17): an article from a partner must not pull other files of the
 * server into the page. No message quotes what a refused file holds.
 */
import { constants } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { DEFAULT_MAX_BYTES } from '../data/fetch-document.js';

export type DocumentFileProblem = 'not-found' | 'unreadable' | 'not-a-file' | 'too-large' | 'not-utf8' | 'outside-root';

/** A file that could not or may not be read; the message is ready for the reader. */
export class DocumentFileError extends Error {
  constructor(
    readonly problem: DocumentFileProblem,
    message: string,
  ) {
    super(message);
  }
}

const UNREADABLE: Readonly<Record<string, [DocumentFileProblem, string]>> = {
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

function unreadable(error: unknown): DocumentFileError {
  if (error instanceof DocumentFileError) return error;
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const [problem, message] = UNREADABLE[code] ?? ['unreadable', `cannot read: ${code || String(error)}`];
  return new DocumentFileError(problem, message);
}

/**
 * Offset of the first byte that does not begin a well-formed UTF-8 sequence
 * (Unicode 15, table 3-7: no overlong forms, no surrogates, nothing past
 * U+10FFFF), or -1 when every byte does.
 */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  for (let at = 0; at < bytes.length; ) {
    const lead = bytes[at];
    const length = lead < 0x80 ? 1 : lead < 0xc2 ? 0 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : lead < 0xf5 ? 4 : 0;
    if (!length) return at;
    // The second byte's range is narrower after E0, ED, F0 and F4.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let next = 1; next < length; next++) {
      const byte = bytes[at + next];
      if (byte === undefined || byte < (next === 1 ? low : 0x80) || byte > (next === 1 ? high : 0xbf)) return at;
    }
    at += length;
  }
  return -1;
}

/** `bytes` as text (a byte-order mark is dropped), or `not UTF-8 at byte N`, counted from 0. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentFileError('not-utf8', `not UTF-8 at byte ${invalidUtf8Offset(bytes)}`);
  }
}

function tooLarge(): DocumentFileError {
  return new DocumentFileError('too-large', `larger than ${DEFAULT_MAX_BYTES / 1024 / 1024} MiB`);
}

/**
 * The text of the regular file at `path`, read to at most 1 MiB. Anything else
 * (a folder, a device such as /dev/zero, a FIFO, a socket, /proc files that
 * claim no size) is refused before a byte is read. O_NONBLOCK: opening a FIFO
 * must not wait for a writer.
 */
export async function readDocumentFile(path: string): Promise<string> {
  let file;
  try {
    if (!(await stat(path)).isFile()) throw new DocumentFileError('not-a-file', 'not a regular file');
    file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw unreadable(error);
  }
  try {
    // Checked again on what was opened: the path may have changed since.
    const opened = await file.stat();
    if (!opened.isFile()) throw new DocumentFileError('not-a-file', 'not a regular file');
    if (opened.size > DEFAULT_MAX_BYTES) throw tooLarge();
    // One byte past the cap tells a file that is too large, without reading the rest of it.
    const buffer = new Uint8Array(DEFAULT_MAX_BYTES + 1);
    let length = 0;
    for (let read = -1; read !== 0 && length < buffer.length; length += read) {
      ({ bytesRead: read } = await file.read(buffer, length, buffer.length - length, length));
    }
    if (length > DEFAULT_MAX_BYTES) throw tooLarge();
    // /proc and /sys files are "regular" but say they hold 0 bytes and then give more.
    if (length !== opened.size) throw new DocumentFileError('not-a-file', 'not a regular file (its size changes as it is read)');
    return decodeUtf8(buffer.subarray(0, length));
  } catch (error) {
    throw unreadable(error);
  } finally {
    await file.close();
  }
}

/** Standard input's text, with the same cap: it stops reading past 1 MiB. */
export async function readDocumentInput(input: AsyncIterable<Uint8Array> & { destroy(): void } = process.stdin): Promise<string> {
  const chunks: Uint8Array[] = [];
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

function isInside(root: string, path: string): boolean {
  const way = relative(root, path);
  return way !== '..' && !way.startsWith(`..${sep}`) && !isAbsolute(way);
}

/**
 * The file a block's `src` names, `src` being relative to `folder` (the
 * article's), if it lies inside `root`: an absolute path, a `..` that climbs
 * out of `root` and a symbolic link that leads out of it are refused.
 */
export async function resolveInsideRoot(src: string, folder: string, root: string): Promise<string> {
  const path = src.replace(/[?#].*$/s, '');
  const refuse = (why: string) => new DocumentFileError('outside-root', `${why}; only files inside ${resolve(root)} are read`);
  if (isAbsolute(path)) throw refuse('an absolute path');
  const resolved = resolve(folder, path);
  if (!isInside(resolve(root), resolved)) throw refuse('outside the root folder');
  let real;
  try {
    real = await realpath(resolved);
  } catch (error) {
    throw unreadable(error);
  }
  if (!isInside(await realpath(root), real)) throw refuse('a symbolic link to a file outside the root folder');
  return real;
}
