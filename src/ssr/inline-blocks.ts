import { safeUrl } from '../safety/safe-url.js';
import { findTooDeep } from '../data/nesting-depth.js';
import { DocumentFileError, readDocumentFile, resolveInsideRoot } from './read-document-file.js';
import { rebaseAll } from './rebase.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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

async function loadBlockFile(src: string, path: string, files: BlockFiles): Promise<unknown> {
  const leave = (why: string) => void files.warn?.(path, `${why}; left for the browser to load`);
  // What the browser would not fetch either (" javascript:…") is no file name here.
  const url = safeUrl(src);
  if (url === null || /^[a-z][a-z\d+.-]*:/i.test(url)) return leave('not a local file');
  try {
    return JSON.parse(await readDocumentFile(await resolveInsideRoot(src, files.folder, files.root ?? files.folder)));
  } catch (error) {
    // Neither message quotes the file: V8's JSON errors do.
    if (error instanceof SyntaxError) return leave(`"${src}": not valid JSON`);
    if (!(error instanceof DocumentFileError)) throw error;
    if (error.problem === 'not-found') return leave(`"${src}": ${error.message}`);
    throw new DocumentFileError(error.problem, `${path}: "${src}": ${error.message}`);
  }
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
export async function inlineBlocks(document: unknown, source: BlockLoader | BlockFiles): Promise<unknown> {
  if (!isRecord(document) || document.type !== 'article' || !Array.isArray(document.body)) return document;
  const load = typeof source === 'function' ? source : (src: string, path: string) => loadBlockFile(src, path, source);
  const inline = async (block: unknown, index: number): Promise<unknown> => {
    if (!isRecord(block) || (block.type !== 'quote' && block.type !== 'timeline') || typeof block.src !== 'string') return block;
    const path = `body[${index}].src`;
    const loaded = await load(block.src, path);
    if (!isRecord(loaded) || loaded.type !== block.type) return block;
    // Rebasing recurses over the document: one nested too deep is left to the browser, which refuses it.
    if (findTooDeep(loaded, 2)) {
      if (typeof source !== 'function') source.warn?.(path, 'nested too deep; left for the browser to load');
      return block;
    }
    const { src, ...fields } = block;
    const { version: _version, ...content } = loaded;
    const rebased = rebaseAll(content, src);
    return isRecord(rebased) ? { ...rebased, ...fields } : block;
  };
  // A caller's loader may fetch, so all at once; files one by one, so warnings and errors come in block order.
  let body: unknown[] = [];
  if (typeof source === 'function') body = await Promise.all(document.body.map(inline));
  else for (const [index, block] of document.body.entries()) body.push(await inline(block, index));
  return { ...document, body };
}
