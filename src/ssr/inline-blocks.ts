/** Fields that hold a URL wherever they appear in a Lede document (an image's `src`, a source's `url` …). */
const URL_FIELDS = new Set(['url', 'src', 'image', 'logo']);

/** Stands for the article's folder, deep enough that `../` never climbs out of it. */
const PLACE = 'https://lede.invalid/0/1/2/3/4/5/6/7/8/9/';
const PLACE_FOLDERS = new URL(PLACE).pathname.split('/').slice(1, -1);

/** A URL written relative to the document at `from`, rewritten relative to the article that now holds it. */
function rebase(value: string, from: string): string {
  if (/^[a-z][a-z\d+.-]*:|^[/?#]/i.test(value)) return value; // absolute, rooted or same-document
  if (/^[a-z][a-z\d+.-]*:/i.test(from)) return new URL(value, from).href;
  if (from.startsWith('/')) {
    const rooted = new URL(value, new URL(from, PLACE));
    return rooted.pathname + rooted.search + rooted.hash;
  }
  const resolved = new URL(value, new URL(from, PLACE));
  const target = resolved.pathname.split('/').slice(1);
  let common = 0;
  while (common < PLACE_FOLDERS.length && common < target.length - 1 && PLACE_FOLDERS[common] === target[common]) common++;
  return '../'.repeat(PLACE_FOLDERS.length - common) + target.slice(common).join('/') + resolved.search + resolved.hash;
}

/** `value` (a document or a part of one) with every URL field rebased from `from` (see `rebase`). */
export function rebaseAll(value: unknown, from: string, key?: string): unknown {
  if (typeof value === 'string') return key !== undefined && URL_FIELDS.has(key) ? rebase(value, from) : value;
  if (Array.isArray(value)) return value.map((item) => rebaseAll(item, from));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, rebaseAll(item, from, name)]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An article whose quote and timeline blocks given by `src` hold the documents
 * they name instead, so the server renders them too and the browser fetches
 * nothing. `load(src, path)` returns the document a block names, or `undefined`
 * to leave that block to the browser. Relative URLs inside a loaded document are
 * rewritten to stay right from the article's place (SPEC §3: they are relative to
 * their own document). Anything but an article is returned as it is.
 */
export async function inlineBlocks(document: unknown, load: (src: string, path: string) => unknown): Promise<unknown> {
  if (!isRecord(document) || document.type !== 'article' || !Array.isArray(document.body)) return document;
  const body = await Promise.all(
    document.body.map(async (block: unknown, index) => {
      if (!isRecord(block) || (block.type !== 'quote' && block.type !== 'timeline') || typeof block.src !== 'string') return block;
      const loaded = await load(block.src, `body[${index}].src`);
      if (!isRecord(loaded) || loaded.type !== block.type) return block;
      const { src, ...fields } = block;
      const { version: _version, ...content } = loaded;
      const rebased = rebaseAll(content, src);
      return isRecord(rebased) ? { ...rebased, ...fields } : block;
    }),
  );
  return { ...document, body };
}
