/**
 * The known name a misspelt one was most likely meant to be (`contxt` →
 * `context`, `scr` → `src`), for warnings about unknown fields and attributes.
 */

/** Edits between two names, a swap of neighbours counting as one (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let distance = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, beforePrevious[j - 2] + 1);
      row.push(distance);
    }
    beforePrevious = previous;
    previous = row;
  }
  return previous[b.length];
}

/**
 * The nearest of `known` to `name`, ignoring case, if it is close enough to be
 * a slip: at most 2 edits, and at most a third of the name (`id` is not `src`).
 */
export function nearestName(name: string, known: Iterable<string>): string | undefined {
  let nearest: string | undefined;
  let nearestDistance = Math.min(2, Math.ceil(name.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < nearestDistance) [nearest, nearestDistance] = [candidate, distance];
  }
  return nearest;
}
