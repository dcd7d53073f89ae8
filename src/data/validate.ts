/**
 * The only parser of untrusted input: JSON in, a normalised model out (URLs
 * resolved or dropped, dates parsed, HTML sanitised, events sorted), or an
 * error. What is left out is reported by JSON path, as docs/widgets.md describes.
 */
import { nearestName } from './nearest-name.js';
import { findTooDeep, MAX_NESTING } from './nesting-depth.js';
import type { ArrayNode, FinishContext, ObjectNode, RecordNode, SchemaNode, VariantNode } from './schema-node-types.js';
import { fail, INVALID, isObject, joinPath, type Issue, type JsonPath, type ValidationContext } from './validation-context.js';

export type { Issue, IssueSeverity } from './validation-context.js';

/** Versions of the data format this build reads (docs/data-format.md). */
export const SUPPORTED_VERSIONS: readonly number[] = [1];

export type ValidationErrorCode = 'invalid-data' | 'unsupported-version';
export type ValidationResult<M> =
  | { readonly ok: true; readonly model: M; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly code: ValidationErrorCode; readonly issues: readonly Issue[] };
type Checked = unknown;
type JsonObject = Record<string, unknown>;

function warn(context: ValidationContext, path: string, message: string): void {
  context.issues.push({ path, message, severity: 'warning' });
}

/**
 * Turns the errors raised since `from` into warnings: what failed was optional
 * and is left out. The first error, the reason, says so; it is returned.
 */
function leaveOut(context: ValidationContext, from: number, consequence: string): Issue | undefined {
  let reason: Issue | undefined;
  for (let index = from; index < context.issues.length; index++) {
    const issue = context.issues[index];
    if (issue.severity === 'warning') continue;
    const first = !reason;
    reason ??= issue;
    context.issues[index] = { ...issue, severity: 'warning', message: first ? `${issue.message}; ${consequence}` : issue.message };
  }
  return reason;
}

/**
 * A field no rule reads is most often a misspelt one: warned about, never an
 * error, so a document written for a newer version still renders. `$` keys
 * (`$schema`) are the editor's.
 */
function warnUnknownFields(node: ObjectNode, value: JsonObject, path: JsonPath, context: ValidationContext, allowed: readonly string[]): void {
  for (const field of Object.keys(value)) {
    if (Object.hasOwn(node.fields, field) || allowed.includes(field) || field.startsWith('$')) continue;
    const nearest = nearestName(field, Object.keys(node.fields));
    warn(context, joinPath(path, field), `unknown field${nearest ? `; did you mean \`${nearest}\`?` : ''}`);
  }
}

function isAbsent(node: SchemaNode, value: unknown): boolean {
  return value === undefined || value === null || (node.kind === 'text' && !node.allowEmpty && typeof value === 'string' && !/\S/.test(value));
}

/** `allowed`: keys the caller reads (a document's `type` and `version`, a block's `type`). */
export function checkObject(node: ObjectNode, value: unknown, parent: JsonPath, key: string | number, context: ValidationContext, allowed: readonly string[] = []): Checked {
  if (!isObject(value)) return fail(context, parent, key, 'must be an object');
  const path = () => joinPath(parent, key);
  let required: ReadonlySet<string> = node.required;
  if (node.conditional && isAbsent(node.fields[node.conditional.unless], value[node.conditional.unless])) {
    required = new Set([...required, ...node.conditional.required]);
  }
  const result: JsonObject = {};
  let valid = true;
  for (const [field, schema] of node.entries) {
    if (isAbsent(schema, value[field])) {
      if (required.has(field)) valid = !fail(context, path, field, 'is required');
      continue;
    }
    const from = context.issues.length;
    const checked = schema.checkValue(value[field], path, field, context);
    if (checked !== INVALID) result[field] = checked;
    else if (required.has(field)) valid = false;
    else leaveOut(context, from, 'ignored');
  }
  // A `src` that was dropped (say `javascript:`) leaves nothing to load: the fields it stood in for are required again.
  if (node.conditional && required === node.required && !(node.conditional.unless in result)) {
    for (const field of node.conditional.required) if (!(field in result)) valid = !fail(context, path, field, 'is required');
  }
  warnUnknownFields(node, value, path, context, allowed);
  if (!valid) return INVALID;
  if (!node.finishObject) return result;
  const finishing: FinishContext = {
    pathOf: (list, item) => joinPath(joinPath(path, list), context.itemPositions.get(item) ?? 0),
    warn: (at, message) => warn(context, at, message),
  };
  return node.finishObject(result, finishing);
}

/**
 * Checks `value[start…end)` into `items`, and why each item left out failed into `dropped`;
 * INVALID as soon as an item fails in a list that keeps no invalid item.
 */
function checkItems(node: ArrayNode, value: unknown[], path: JsonPath, context: ValidationContext, start: number, end: number, items: Checked[], dropped: Issue[]): Checked[] | typeof INVALID {
  for (let index = start; index < end; index++) {
    const from = context.issues.length;
    const checked = node.items.checkValue(value[index], path, index, context);
    if (checked === INVALID) {
      if (!node.dropInvalid) return INVALID;
      const reason = leaveOut(context, from, 'left out');
      if (reason) dropped.push(reason);
      continue;
    }
    if (isObject(checked)) context.itemPositions.set(checked, index);
    items.push(checked);
  }
  return items;
}

export function checkArray(node: ArrayNode, value: unknown, parent: JsonPath, key: string | number, context: ValidationContext): Checked {
  if (!Array.isArray(value)) return fail(context, parent, key, 'must be a list');
  const path = () => joinPath(parent, key);
  const done = context.checkedLists?.get(value);
  let items: Checked[] | typeof INVALID;
  let dropped: readonly Issue[];
  if (done) {
    context.issues.push(...done.issues);
    ({ items, dropped } = done);
  } else {
    const reasons: Issue[] = [];
    items = checkItems(node, value, path, context, 0, value.length, [], reasons);
    dropped = reasons;
  }
  if (items === INVALID) return INVALID;
  if (items.length < node.minItems) {
    // The error alone would leave a reader of the console asking why: it names the first reasons.
    const reasons = dropped.slice(0, 3).map((issue) => `${issue.path}: ${issue.message}`);
    if (dropped.length > 3) reasons.push(`${dropped.length - 3} more`);
    return fail(context, parent, key, value.length ? `no valid item left (${reasons.join('; ')})` : `needs at least ${node.minItems} item`);
  }
  return items;
}

export function checkRecord(node: RecordNode, value: unknown, parent: JsonPath, key: string | number, context: ValidationContext): Checked {
  if (!isObject(value)) return fail(context, parent, key, 'must be an object');
  const path = () => joinPath(parent, key);
  const entries: JsonObject = {};
  for (const [name, item] of Object.entries(value)) {
    const from = context.issues.length;
    const checked = node.values.checkValue(item, path, name, context);
    if (checked === INVALID) leaveOut(context, from, 'left out');
    else entries[name] = checked;
  }
  return entries;
}

export function checkVariant(node: VariantNode, value: unknown, parent: JsonPath, key: string | number, context: ValidationContext): Checked {
  if (!isObject(value)) return fail(context, parent, key, 'must be an object');
  const type = value.type;
  const option = typeof type === 'string' && Object.hasOwn(node.options, type) ? node.options[type] : undefined;
  if (!option) return fail(context, joinPath(parent, key), 'type', `unknown type ${JSON.stringify(type)}`);
  const checked = checkObject(option, value, parent, key, context, ['type']);
  return isObject(checked) ? { type, ...checked } : INVALID;
}

/**
 * The error for a value nested deeper than MAX_NESTING (see findTooDeep),
 * checked before anything recurses over the input.
 */
export function nestingError(value: unknown, at: JsonPath = '', depth = 1, skip?: ReadonlySet<unknown>): ValidationResult<never> | undefined {
  const keys = findTooDeep(value, depth, skip);
  if (!keys) return undefined;
  const path = keys.reduce<string>(joinPath, typeof at === 'string' ? at : at());
  return { ok: false, code: 'invalid-data', issues: [{ path, message: `nested deeper than ${MAX_NESTING}`, severity: 'error' }] };
}

/**
 * Validates a document that must be of `type` against its `schema`. Never
 * throws. `baseUrl` resolves relative URLs: the URL the document was fetched from.
 */
export function validateAgainst<M>(
  schema: ObjectNode,
  type: string,
  input: unknown,
  baseUrl?: string,
  context?: ValidationContext,
): ValidationResult<M> {
  return nestingError(input) ?? checkDocument(schema, type, input, context ?? { issues: [], baseUrl, itemPositions: new WeakMap() });
}

/** validateAgainst for an input whose nesting was already checked (see nestingError). */
export function checkDocument<M>(schema: ObjectNode, type: string, input: unknown, context: ValidationContext): ValidationResult<M> {
  let code: ValidationErrorCode = 'invalid-data';
  try {
    if (!isObject(input)) {
      fail(context, '', '', 'the document must be a JSON object');
    } else if (input.type !== type) {
      fail(context, '', 'type', `must be "${type}", not ${JSON.stringify(input.type)}`);
    } else if (input.version !== undefined && !SUPPORTED_VERSIONS.some((version) => version === input.version)) {
      code = 'unsupported-version';
      fail(context, '', 'version', 'unsupported version');
    } else {
      const model = checkObject(schema, input, '', '', context, ['type', 'version']);
      // The check built this object from `schema`, whose model type is M.
      if (isObject(model)) return { ok: true, model: { ...model, type, version: 1 } as M, issues: context.issues };
    }
  } catch (error) {
    // A bug here must not reach the host page: report it like bad data.
    fail(context, '', '', String(error));
  }
  return { ok: false, code, issues: context.issues };
}

/** Lists longer than this at the top of a document are checked in slices (10,000 timeline events). */
const SLICED_LENGTH = 1000;
/** Main-thread time per slice: well under the 50 ms of a long task. */
const SLICE_MS = 25;

/**
 * validateAgainst, but a long list at the top of the document (a timeline's
 * events) is checked in slices of about 25 ms with a task between them, so the
 * page stays responsive. Returns the result at once when there is no long list,
 * a promise otherwise (null if `signal` aborts between slices).
 */
export function validateInSlices<M>(
  schema: ObjectNode,
  type: string,
  input: unknown,
  baseUrl?: string,
  signal?: AbortSignal,
): ValidationResult<M> | Promise<ValidationResult<M> | null> {
  const lists = isObject(input) && input.type === type
    ? schema.entries.filter(([field, node]) => node.kind === 'array' && Array.isArray(input[field]) && (input[field] as unknown[]).length > SLICED_LENGTH)
    : [];
  // The long lists' items are measured slice by slice below, so 10,000 events add no long task.
  const tooDeep = nestingError(input, '', 1, lists.length ? new Set(lists.map(([field]) => (input as JsonObject)[field])) : undefined);
  if (tooDeep) return tooDeep;
  if (!lists.length) return checkDocument(schema, type, input, { issues: [], baseUrl, itemPositions: new WeakMap() });
  return (async () => {
    const itemPositions = new WeakMap<object, number>();
    const checkedLists: NonNullable<ValidationContext['checkedLists']> = new Map();
    for (const [field, node] of lists) {
      const value = (input as JsonObject)[field] as unknown[];
      const context: ValidationContext = { issues: [], baseUrl, itemPositions };
      const dropped: Issue[] = [];
      let items: Checked[] | typeof INVALID = [];
      for (let start = 0; start < value.length && items !== INVALID; ) {
        const deadline = performance.now() + SLICE_MS;
        for (; start < value.length && items !== INVALID && performance.now() < deadline; start += 64) {
          for (let index = start; index < Math.min(start + 64, value.length); index++) {
            const itemTooDeep = nestingError(value[index], () => joinPath(field, index), 3);
            if (itemTooDeep) return itemTooDeep;
          }
          items = checkItems(node as ArrayNode, value, field, context, start, Math.min(start + 64, value.length), items, dropped);
        }
        await new Promise((resolve) => setTimeout(resolve));
        if (signal?.aborted) return null;
      }
      if (items !== INVALID) checkedLists.set(value, { items, issues: context.issues, dropped });
    }
    const result = checkDocument<M>(schema, type, input, { issues: [], baseUrl, itemPositions, checkedLists });
    // The document's own rules (a timeline's: ids, then sorting every event) take a task of their
    // own, so rendering the first screen is not added to it.
    await new Promise((resolve) => setTimeout(resolve));
    return signal?.aborted ? null : result;
  })();
}
