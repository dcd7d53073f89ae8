/**
 * How deep lists and objects may nest in a document (docs/data-format.md). Real documents
 * nest fewer than 10 deep; 64 stays far below the recursion limits of every
 * engine, Lit's development build included, for whatever walks the document
 * after validation (JSON.stringify, rebasing URLs, rendering).
 */
export const MAX_NESTING = 64;

/**
 * The keys that lead from `value` (itself at `depth`, the document at 1) to
 * its first list or object nested deeper than MAX_NESTING, or undefined; the
 * lists in `skip` are not entered. A walk with its own stack, not recursion,
 * so a 100,000-deep input is an answer rather than a RangeError; a cycle in a
 * `data` object counts as too deep.
 */
export function findTooDeep(value: unknown, depth = 1, skip?: ReadonlySet<unknown>): Array<string | number> | undefined {
  const values = [value];
  const depths = [depth];
  const keys: Array<string | number> = [0];
  // The stack is depth first, so the last container taken at each depth is an ancestor of the next one taken.
  const trail: Array<string | number> = [];
  while (values.length) {
    const container = values.pop();
    const at = depths.pop() ?? depth;
    trail[at] = keys.pop() ?? 0;
    if (typeof container !== 'object' || container === null || skip?.has(container)) continue;
    if (at > MAX_NESTING) return trail.slice(depth + 1, at + 1);
    const names = Array.isArray(container) ? undefined : Object.keys(container);
    // Pushed last to first, so the first item is walked first.
    for (let index = (names ?? (container as unknown[])).length; index--; ) {
      const name = names ? names[index] : index;
      const item = (container as Record<string | number, unknown>)[name];
      if (typeof item !== 'object' || item === null) continue;
      values.push(item);
      depths.push(at + 1);
      keys.push(name);
    }
  }
  return undefined;
}
