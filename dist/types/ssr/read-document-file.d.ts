export type DocumentFileProblem = 'not-found' | 'unreadable' | 'not-a-file' | 'too-large' | 'not-utf8' | 'outside-root';
/** A file that could not or may not be read; the message is ready for the reader. */
export declare class DocumentFileError extends Error {
    readonly problem: DocumentFileProblem;
    constructor(problem: DocumentFileProblem, message: string);
}
/**
 * Offset of the first byte that does not begin a well-formed UTF-8 sequence
 * (Unicode 15, table 3-7: no overlong forms, no surrogates, nothing past
 * U+10FFFF), or -1 when every byte does.
 */
export declare function invalidUtf8Offset(bytes: Uint8Array): number;
/** `bytes` as text (a byte-order mark is dropped), or `not UTF-8 at byte N`, counted from 0. */
export declare function decodeUtf8(bytes: Uint8Array): string;
/**
 * The text of the regular file at `path`, read to at most 1 MiB. Anything else
 * (a folder, a device such as /dev/zero, a FIFO, a socket, /proc files that
 * claim no size) is refused before a byte is read. O_NONBLOCK: opening a FIFO
 * must not wait for a writer.
 */
export declare function readDocumentFile(path: string): Promise<string>;
/** Standard input's text, with the same cap: it stops reading past 1 MiB. */
export declare function readDocumentInput(input?: AsyncIterable<Uint8Array> & {
    destroy(): void;
}): Promise<string>;
/**
 * The file a block's `src` names, `src` being relative to `folder` (the
 * article's), if it lies inside `root`: an absolute path, a `..` that climbs
 * out of `root` and a symbolic link that leads out of it are refused.
 */
export declare function resolveInsideRoot(src: string, folder: string, root: string): Promise<string>;
