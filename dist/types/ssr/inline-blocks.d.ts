/** `value` (a document or a part of one) with every URL field rebased from `from` (see `rebase`). */
export declare function rebaseAll(value: unknown, from: string, key?: string): unknown;
/**
 * An article whose quote and timeline blocks given by `src` hold the documents
 * they name instead, so the server renders them too and the browser fetches
 * nothing. `load(src, path)` returns the document a block names, or `undefined`
 * to leave that block to the browser. Relative URLs inside a loaded document are
 * rewritten to stay right from the article's place (SPEC §3: they are relative to
 * their own document). Anything but an article is returned as it is.
 */
export declare function inlineBlocks(document: unknown, load: (src: string, path: string) => unknown): Promise<unknown>;
