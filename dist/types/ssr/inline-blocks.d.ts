/** Returns the document a block's `src` names, or `undefined` to leave that block to the browser. */
export type BlockLoader = (src: string, path: string) => unknown;
/** Where `inlineBlocks` reads block files from disk. */
export interface BlockFiles {
    /** The article's folder: a block's `src` is relative to it. */
    readonly folder: string;
    /** Only files inside this folder are read; by default the article's folder. */
    readonly root?: string;
    /** Hears of each block left to the browser (no such file, a URL, not JSON), by its path. */
    readonly warn?: (path: string, message: string) => void;
}
/**
 * An article whose quote and timeline blocks given by `src` hold the documents
 * they name instead, so the server renders them too and the browser fetches
 * nothing. `load(src, path)` returns the document a block names, or `undefined`
 * to leave that block to the browser; or, given `{ folder, root }`, the files
 * are read from disk: only regular files inside `root`, up to 1 MiB, UTF-8,
 * and any other `src` (absolute, `..` out of `root`, a symbolic link out of it,
 * a device, too large) throws a DocumentFileError naming the block. Relative
 * URLs inside a loaded document are rewritten to stay right from the article's
 * place (docs/widgets.md: they are relative to their own document). Anything but an
 * article is returned as it is.
 */
export declare function inlineBlocks(document: unknown, source: BlockLoader | BlockFiles): Promise<unknown>;
