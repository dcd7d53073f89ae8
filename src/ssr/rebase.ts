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
