/**
 * The vocabulary the data format is written in. One declaration per field in
 * `schema.ts` gives the validator (`validate.ts`), the JSON Schema
 * (`json-schema.ts`) and the TypeScript types of documents and models, so the
 * three cannot drift apart. Nodes are plain data: they work in Node and the browser.
 * The constructors are marked free of side effects, so a bundle that never
 * uses a schema (the quote card and the article's image rules) drops it.
 */
import type { PartialDate } from '../dates/partial-date.js';
import type { SafeHtml } from '../safety/sanitize-html.js';

/** A string shown as plain text. Empty strings count as absent unless `allowEmpty`. */
export interface TextNode {
  readonly kind: 'text';
  readonly allowEmpty?: boolean;
}
/** An absolute http(s) or relative URL; resolved against the document's URL. */
export interface UrlNode {
  readonly kind: 'url';
}
/** ISO 8601 of known precision, optionally EDTF `~` or `?`: becomes a `PartialDate`. */
export interface DateNode {
  readonly kind: 'date';
}
/** Inline HTML, sanitised to the SPEC's allow-list: becomes a `SafeHtml` tree. */
export interface HtmlNode {
  readonly kind: 'html';
  /** Passed in, so widgets without HTML fields do not ship the sanitiser. */
  readonly sanitize: (source: string, baseUrl: string | undefined) => SafeHtml;
}
/** A BCP 47 language tag, canonicalised. */
export interface LangNode {
  readonly kind: 'lang';
}
/** A `#rgb` or `#rrggbb` colour. */
export interface ColorNode {
  readonly kind: 'color';
}
export interface NumberNode {
  readonly kind: 'number';
  readonly minimum?: number;
}
export interface BooleanNode {
  readonly kind: 'boolean';
}
export type Fields = Readonly<Record<string, SchemaNode>>;
/** What a finishing step may do besides returning the object: report by path. */
export interface FinishContext {
  /** The JSON path of an item of `list` inside this object, as it stood in the file. */
  readonly pathOf: (list: string, item: object) => string;
  readonly warn: (path: string, message: string) => void;
}
/** A step that needs the whole validated object (sorting, unique ids). */
export type Finisher = (value: Record<string, unknown>, context: FinishContext) => Record<string, unknown>;
export interface ObjectNode<F extends Fields = Fields, R extends keyof F = keyof F> {
  readonly kind: 'object';
  readonly fields: F;
  readonly required: readonly R[];
  /** Fields required only while the field `unless` is absent (a block given by `src` needs no `text`). */
  readonly conditional?: { readonly unless: string; readonly required: readonly string[] };
  readonly finish?: Finisher;
}
export interface ArrayNode<I extends SchemaNode = SchemaNode> {
  readonly kind: 'array';
  readonly items: I;
  readonly minItems: number;
  /** An invalid item is left out with a warning instead of failing the array (SPEC §8). */
  readonly dropInvalid: boolean;
}
export interface RecordNode<V extends SchemaNode = SchemaNode> {
  readonly kind: 'record';
  readonly values: V;
}
/** Objects told apart by their `type` field; an unknown type is left out with a warning. */
export interface VariantNode<O extends Readonly<Record<string, ObjectNode>> = Readonly<Record<string, ObjectNode>>>
  {
  readonly kind: 'variant';
  readonly options: O;
}

export type SchemaNode =
  | TextNode | UrlNode | DateNode | HtmlNode | LangNode | ColorNode | NumberNode | BooleanNode
  | ObjectNode | ArrayNode | RecordNode | VariantNode;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type Side = 'input' | 'model';
type ObjectOf<F extends Fields, R extends keyof F, S extends Side> = Simplify<
  { readonly [K in R]: Infer<F[K], S> } & { readonly [K in Exclude<keyof F, R>]?: Infer<F[K], S> }
>;

interface Leaves<S extends Side> {
  text: string;
  url: string;
  lang: string;
  color: string;
  number: number;
  boolean: boolean;
  date: S extends 'model' ? PartialDate : string;
  html: S extends 'model' ? SafeHtml : string;
}

/** The TypeScript type a node accepts (`'input'`: the JSON) or produces (`'model'`: after validation). */
export type Infer<N, S extends Side> =
  N extends ObjectNode<infer F, infer R>
    ? ObjectOf<F, R, S>
    : N extends ArrayNode<infer I>
      ? readonly Infer<I, S>[]
      : N extends RecordNode<infer V>
        ? Readonly<Record<string, Infer<V, S>>>
        : N extends VariantNode<infer O>
          ? { [K in keyof O]: O[K] extends ObjectNode<infer F, infer R> ? { readonly type: K } & ObjectOf<F, R, S> : never }[keyof O]
          : N extends { readonly kind: infer K extends keyof Leaves<S> }
            ? Leaves<S>[K]
            : never;

/* @__NO_SIDE_EFFECTS__ */
export const text = (options: { allowEmpty?: boolean } = {}): TextNode => ({ kind: 'text', ...options });
/* @__NO_SIDE_EFFECTS__ */
export const url = (): UrlNode => ({ kind: 'url' });
/* @__NO_SIDE_EFFECTS__ */
export const date = (): DateNode => ({ kind: 'date' });
/* @__NO_SIDE_EFFECTS__ */
export const html = (sanitize: HtmlNode['sanitize']): HtmlNode => ({ kind: 'html', sanitize });
/* @__NO_SIDE_EFFECTS__ */
export const lang = (): LangNode => ({ kind: 'lang' });
/* @__NO_SIDE_EFFECTS__ */
export const color = (): ColorNode => ({ kind: 'color' });
/* @__NO_SIDE_EFFECTS__ */
export const number = (minimum?: number): NumberNode => ({ kind: 'number', minimum });
/* @__NO_SIDE_EFFECTS__ */
export const boolean = (): BooleanNode => ({ kind: 'boolean' });

/* @__NO_SIDE_EFFECTS__ */
export const object = <const F extends Fields, const R extends keyof F & string = never>(
  fields: F,
  required: readonly R[] = [],
  finish?: Finisher,
): ObjectNode<F, R> => ({ kind: 'object', fields, required, finish });

/** An object whose `required` fields may be missing when its `unless` field is there. */
/* @__NO_SIDE_EFFECTS__ */
export const objectUnless = <const F extends Fields>(
  unless: keyof F & string,
  fields: F,
  required: readonly (keyof F & string)[],
  finish?: Finisher,
): ObjectNode<F, never> => ({ kind: 'object', fields, required: [], conditional: { unless, required }, finish });

/* @__NO_SIDE_EFFECTS__ */
export const array = <I extends SchemaNode>(items: I, options: { minItems?: number; dropInvalid?: boolean } = {}): ArrayNode<I> => ({
  kind: 'array', items, minItems: 0, dropInvalid: false, ...options,
});

/* @__NO_SIDE_EFFECTS__ */
export const record = <V extends SchemaNode>(values: V): RecordNode<V> => ({ kind: 'record', values });

/* @__NO_SIDE_EFFECTS__ */
export const variant = <const O extends Readonly<Record<string, ObjectNode>>>(options: O): VariantNode<O> => ({
  kind: 'variant', options,
});
