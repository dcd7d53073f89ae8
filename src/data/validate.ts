/**
 * The only parser of untrusted input: JSON in, a normalised model out (URLs
 * resolved or dropped, dates parsed, HTML sanitised, events sorted), or an
 * error. What is left out is reported by JSON path, as SPEC §8 asks.
 */
import { parsePartialDate } from '../dates/partial-date.js';
import { safeUrl } from '../safety/safe-url.js';
import type { FinishContext, ObjectNode, SchemaNode } from './schema-nodes.js';

export const SUPPORTED_VERSIONS: readonly unknown[] = [1];

export type IssueSeverity = 'error' | 'warning';
export interface Issue {
  /** JSON path into the document, such as `events[3].date`; `""` is the document itself. */
  readonly path: string;
  readonly message: string;
  readonly severity: IssueSeverity;
}
export type ValidationErrorCode = 'invalid-data' | 'unsupported-version';
export type ValidationResult<M> =
  | { readonly ok: true; readonly model: M; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly code: ValidationErrorCode; readonly issues: readonly Issue[] };

const INVALID = Symbol('invalid');
type Checked = unknown;
type JsonObject = Record<string, unknown>;

interface Context {
  readonly issues: Issue[];
  readonly baseUrl: string | undefined;
  /** Where each validated array item stood in the file, so later steps name the right path. */
  readonly sourceIndex: WeakMap<object, number>;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
}

function fail(context: Context, path: string, message: string): typeof INVALID {
  context.issues.push({ path, message, severity: 'error' });
  return INVALID;
}

function warn(context: Context, path: string, message: string): void {
  context.issues.push({ path, message, severity: 'warning' });
}

/** Turns the errors raised since `from` into warnings: what failed was optional and is left out. */
function leaveOut(context: Context, from: number, consequence: string): void {
  for (let index = from; index < context.issues.length; index++) {
    const issue = context.issues[index];
    context.issues[index] = {
      ...issue,
      severity: 'warning',
      message: index === from ? `${issue.message}; ${consequence}` : issue.message,
    };
  }
}

function isAbsent(node: SchemaNode, value: unknown): boolean {
  return value === undefined || value === null || (node.kind === 'text' && !node.allowEmpty && typeof value === 'string' && !value.trim());
}

function checkObject(node: ObjectNode, value: unknown, path: string, context: Context): Checked {
  if (!isObject(value)) return fail(context, path, 'must be an object');
  const required = new Set<string>(node.required);
  if (node.conditional && isAbsent(node.fields[node.conditional.unless], value[node.conditional.unless])) {
    for (const key of node.conditional.required) required.add(key);
  }
  const result: JsonObject = {};
  let valid = true;
  for (const [key, field] of Object.entries(node.fields)) {
    const fieldPath = joinPath(path, key);
    if (isAbsent(field, value[key])) {
      if (required.has(key)) valid = fail(context, fieldPath, 'is required') !== INVALID;
      continue;
    }
    const from = context.issues.length;
    const checked = check(field, value[key], fieldPath, context);
    if (checked !== INVALID) result[key] = checked;
    else if (required.has(key)) valid = false;
    else leaveOut(context, from, 'ignored');
  }
  if (!valid) return INVALID;
  if (!node.finish) return result;
  const finishing: FinishContext = {
    pathOf: (list, item) => joinPath(joinPath(path, list), context.sourceIndex.get(item) ?? 0),
    warn: (at, message) => warn(context, at, message),
  };
  return node.finish(result, finishing);
}

function check(node: SchemaNode, value: unknown, path: string, context: Context): Checked {
  switch (node.kind) {
    case 'text':
      return typeof value === 'string' ? value : fail(context, path, 'must be text');
    case 'url': {
      if (typeof value !== 'string') return fail(context, path, 'must be a URL');
      return safeUrl(value, context.baseUrl) ?? fail(context, path, 'not an http(s) or relative URL');
    }
    case 'date':
      return (typeof value === 'string' && parsePartialDate(value)) || fail(context, path, 'not an ISO 8601 date');
    case 'html':
      return typeof value === 'string' ? node.sanitize(value, context.baseUrl) : fail(context, path, 'must be HTML text');
    case 'lang':
      try {
        if (typeof value === 'string') return Intl.getCanonicalLocales(value)[0];
      } catch {
        // not a well-formed tag: reported below
      }
      return fail(context, path, 'not a BCP 47 language tag');
    case 'color':
      return typeof value === 'string' && /^#([\da-f]{3}){1,2}$/i.test(value) ? value : fail(context, path, 'not a #rgb or #rrggbb colour');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= (node.minimum ?? -Infinity)
        ? value
        : fail(context, path, node.minimum === undefined ? 'must be a number' : `must be a number ≥ ${node.minimum}`);
    case 'boolean':
      return typeof value === 'boolean' ? value : fail(context, path, 'must be true or false');
    case 'object':
      return checkObject(node, value, path, context);
    case 'array': {
      if (!Array.isArray(value)) return fail(context, path, 'must be a list');
      const items: Checked[] = [];
      for (const [index, item] of value.entries()) {
        const from = context.issues.length;
        const checked = check(node.items, item, joinPath(path, index), context);
        if (checked === INVALID) {
          if (!node.dropInvalid) return INVALID;
          leaveOut(context, from, 'left out');
          continue;
        }
        if (isObject(checked)) context.sourceIndex.set(checked, index);
        items.push(checked);
      }
      if (items.length < node.minItems) {
        return fail(context, path, value.length ? 'no valid item left' : `needs at least ${node.minItems} item`);
      }
      return items;
    }
    case 'record': {
      if (!isObject(value)) return fail(context, path, 'must be an object');
      const entries: JsonObject = {};
      for (const [key, item] of Object.entries(value)) {
        const from = context.issues.length;
        const checked = check(node.values, item, joinPath(path, key), context);
        if (checked === INVALID) leaveOut(context, from, 'left out');
        else entries[key] = checked;
      }
      return entries;
    }
    case 'variant': {
      if (!isObject(value)) return fail(context, path, 'must be an object');
      const type = value.type;
      const option = typeof type === 'string' && Object.hasOwn(node.options, type) ? node.options[type] : undefined;
      if (!option) return fail(context, joinPath(path, 'type'), `unknown type ${JSON.stringify(type)}`);
      const checked = checkObject(option, value, path, context);
      return checked === INVALID ? INVALID : { type, ...(checked as JsonObject) };
    }
  }
}

/**
 * Validates a document that must be of `type` against its `schema`. Never
 * throws. `baseUrl` resolves relative URLs: the URL the document was fetched from.
 */
export function validateAgainst<M>(schema: ObjectNode, type: string, input: unknown, baseUrl?: string): ValidationResult<M> {
  const context: Context = { issues: [], baseUrl, sourceIndex: new WeakMap() };
  let code: ValidationErrorCode = 'invalid-data';
  try {
    if (!isObject(input)) {
      fail(context, '', 'the document must be a JSON object');
    } else if (input.type !== type) {
      fail(context, 'type', `must be "${type}", not ${JSON.stringify(input.type)}`);
    } else if (input.version !== undefined && !SUPPORTED_VERSIONS.includes(input.version)) {
      code = 'unsupported-version';
      fail(context, 'version', 'unsupported version');
    } else {
      const model = check(schema, input, '', context);
      // `check` built this object from `schema`, whose model type is M.
      if (model !== INVALID) return { ok: true, model: { ...(model as JsonObject), type, version: 1 } as M, issues: context.issues };
    }
  } catch (error) {
    // A bug here must not reach the host page: report it like bad data.
    fail(context, '', String(error));
  }
  return { ok: false, code, issues: context.issues };
}
