/**
 * The known name a misspelt one was most likely meant to be (`contxt` →
 * `context`, `scr` → `src`), for warnings about unknown fields and attributes.
 */
/** Edits between two names, a swap of neighbours counting as one (optimal string alignment). */
export declare function editDistance(a: string, b: string): number;
/**
 * The nearest of `known` to `name`, ignoring case, if it is close enough to be
 * a slip: at most 2 edits, and at most a third of the name (`id` is not `src`).
 */
export declare function nearestName(name: string, known: Iterable<string>): string | undefined;
