/**
 * The vocabulary the data format is written in. One declaration per field in
 * `schema.ts` gives the validator (`validate.ts`), the JSON Schema
 * (`json-schema.ts`) and the TypeScript types of documents and models, so the
 * three cannot drift apart. Nodes are plain data: they work in Node and the browser.
 * The constructors are marked free of side effects, so a bundle that never
 * uses a schema (the quote card and the article's image rules) drops it.
 */
import { parsePartialDate } from '../dates/partial-date.js';
import { safeUrl } from '../safety/safe-url.js';
import type {
  ArrayNode, BooleanNode, ColorNode, DateNode, Fields, Finisher, HtmlNode, LangNode, NumberNode, ObjectNode, RecordNode, SchemaNode, TextNode, UrlNode, VariantNode,
} from './schema-node-types.js';
import { checkArray, checkObject, checkRecord, checkVariant } from './validate.js';
import { fail } from './validation-context.js';

export type * from './schema-node-types.js';

const isString = (value: unknown): value is string => typeof value === 'string';

/* @__NO_SIDE_EFFECTS__ */
export const text = (options: { allowEmpty?: boolean } = {}): TextNode => ({
  kind: 'text',
  ...options,
  checkValue: (value, parent, key, context) => (isString(value) ? value : fail(context, parent, key, 'must be text')),
});

/* @__NO_SIDE_EFFECTS__ */
export const url = (): UrlNode => ({
  kind: 'url',
  checkValue: (value, parent, key, context) => (isString(value) && safeUrl(value, context.baseUrl)) || fail(context, parent, key, 'not an http(s) or relative URL'),
});

/* @__NO_SIDE_EFFECTS__ */
export const date = (): DateNode => ({
  kind: 'date',
  checkValue: (value, parent, key, context) => (isString(value) && parsePartialDate(value)) || fail(context, parent, key, 'not an ISO 8601 date'),
});

/* @__NO_SIDE_EFFECTS__ */
export const html = (sanitize: HtmlNode['sanitize']): HtmlNode => ({
  kind: 'html',
  sanitize,
  checkValue: (value, parent, key, context) => (isString(value) ? sanitize(value, context.baseUrl) : fail(context, parent, key, 'must be HTML text')),
});

/* @__NO_SIDE_EFFECTS__ */
export const lang = (): LangNode => ({
  kind: 'lang',
  checkValue(value, parent, key, context) {
    try {
      if (isString(value)) return Intl.getCanonicalLocales(value)[0];
    } catch {
      // not a well-formed tag: reported below
    }
    return fail(context, parent, key, 'not a BCP 47 language tag');
  },
});

/* @__NO_SIDE_EFFECTS__ */
export const color = (): ColorNode => ({
  kind: 'color',
  checkValue: (value, parent, key, context) => (isString(value) && /^#([\da-f]{3}){1,2}$/i.test(value) ? value : fail(context, parent, key, 'not a #rgb or #rrggbb colour')),
});

/* @__NO_SIDE_EFFECTS__ */
export const number = (minimum = -Infinity): NumberNode => ({
  kind: 'number',
  minimum,
  checkValue: (value, parent, key, context) =>
    typeof value === 'number' && value >= minimum && value < Infinity ? value : fail(context, parent, key, `must be a number ≥ ${minimum}`),
});

/* @__NO_SIDE_EFFECTS__ */
export const boolean = (): BooleanNode => ({
  kind: 'boolean',
  checkValue: (value, parent, key, context) => (typeof value === 'boolean' ? value : fail(context, parent, key, 'must be true or false')),
});

/* @__NO_SIDE_EFFECTS__ */
export const object = <const F extends Fields, const R extends keyof F & string = never>(
  fields: F,
  required: readonly R[] = [],
  finish?: Finisher,
): ObjectNode<F, R> => ({
  kind: 'object', fields, entries: Object.entries(fields), required: new Set(required), finishObject: finish,
  checkValue(value, parent, key, context) {
    return checkObject(this, value, parent, key, context);
  },
});

/** An object whose `required` fields may be missing when its `unless` field is there. */
/* @__NO_SIDE_EFFECTS__ */
export const objectUnless = <const F extends Fields>(
  unless: keyof F & string,
  fields: F,
  required: readonly (keyof F & string)[],
  finish?: Finisher,
): ObjectNode<F, never> => ({
  kind: 'object', fields, entries: Object.entries(fields), required: new Set(), conditional: { unless, required }, finishObject: finish,
  checkValue(value, parent, key, context) {
    return checkObject(this, value, parent, key, context);
  },
});

/* @__NO_SIDE_EFFECTS__ */
export const array = <I extends SchemaNode>(items: I, options: { minItems?: number; dropInvalid?: boolean } = {}): ArrayNode<I> => ({
  kind: 'array', items, minItems: 0, dropInvalid: false, ...options,
  checkValue(value, parent, key, context) {
    return checkArray(this, value, parent, key, context);
  },
});

/* @__NO_SIDE_EFFECTS__ */
export const record = <V extends SchemaNode>(values: V): RecordNode<V> => ({
  kind: 'record', values,
  checkValue(value, parent, key, context) {
    return checkRecord(this, value, parent, key, context);
  },
});

/* @__NO_SIDE_EFFECTS__ */
export const variant = <const O extends Readonly<Record<string, ObjectNode>>>(options: O): VariantNode<O> => ({
  kind: 'variant', options,
  checkValue(value, parent, key, context) {
    return checkVariant(this, value, parent, key, context);
  },
});
