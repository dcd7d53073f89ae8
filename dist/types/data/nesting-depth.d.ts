/**
 * How deep lists and objects may nest in a document (docs/data-format.md). Real documents
 * nest fewer than 10 deep; 64 stays far below the recursion limits of every
 * engine, Lit's development build included, for whatever walks the document
 * after validation (JSON.stringify, rebasing URLs, rendering).
 */
export declare const MAX_NESTING = 64;
/**
 * The keys that lead from `value` (itself at `depth`, the document at 1) to
 * its first list or object nested deeper than MAX_NESTING, or undefined; the
 * lists in `skip` are not entered. A walk with its own stack, not recursion,
 * so a 100,000-deep input is an answer rather than a RangeError; a cycle in a
 * `data` object counts as too deep.
 */
export declare function findTooDeep(value: unknown, depth?: number, skip?: ReadonlySet<unknown>): Array<string | number> | undefined;
