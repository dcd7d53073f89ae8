/**
 * What the validator (`validate.ts`) and the schema nodes' checks (`schema-nodes.ts`) share:
 * issues, the context a check reports into, paths and the failed-value marker. Its own module,
 * so neither of the two imports the other for it.
 */
export type IssueSeverity = 'error' | 'warning';
export interface Issue {
  /** JSON path into the document, such as `events[3].date`; `""` is the document itself. */
  readonly path: string;
  readonly message: string;
  readonly severity: IssueSeverity;
}

/** What a check returns for a value that failed; the reasons are in the context's issues. */
export const INVALID = Symbol();

export interface ValidationContext {
  readonly issues: Issue[];
  readonly baseUrl: string | undefined;
  /** Where each validated array item stood in the file, so later steps name the right path. */
  readonly itemPositions: WeakMap<object, number>;
  /** Lists already checked item by item in earlier tasks (see validateInSlices), with their issues. */
  readonly checkedLists?: Map<unknown[], { readonly items: unknown[]; readonly issues: readonly Issue[]; readonly dropped: readonly Issue[] }>;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Where a value sits: its JSON path, or a function that builds it. Checks pass
 * the function down and only a failure calls it, because turning 10,000 array
 * indices into strings costs time and, for good, the engine's number-to-string
 * cache (64 KB of heap once it overflows).
 */
export type JsonPath = string | (() => string);

/** `events` + 3 → `events[3]`; `speaker` + `name` → `speaker.name`. */
export function joinPath(parent: JsonPath, key: string | number): string {
  const path = typeof parent === 'string' ? parent : parent();
  return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}

export function fail(context: ValidationContext, parent: JsonPath, key: string | number, message: string): typeof INVALID {
  context.issues.push({ path: joinPath(parent, key), message, severity: 'error' });
  return INVALID;
}
