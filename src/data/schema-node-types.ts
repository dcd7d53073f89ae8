/**
 * The types of the data format's vocabulary (see `schema-nodes.ts`, which builds the nodes):
 * apart from it, so the validator reads them without importing the nodes, which import its checks.
 */
import type { PartialDate } from '../dates/partial-date.js';
import type { SafeHtml } from '../safety/sanitize-html.js';
import type { JsonPath, ValidationContext } from './validation-context.js';

/**
 * Each node carries its own check, so a bundle holds the checks of the kinds
 * its schemas use and no others. It returns the normalised value, or
 * `INVALID` after recording why in the context. A check gets its parent's path
 * and its own key rather than its path (see `JsonPath`): joining them is left
 * to the rare failure, which keeps 10,000 valid events from building 100,000 strings.
 */
export type Check = (value: unknown, parent: JsonPath, key: string | number, context: ValidationContext) => unknown;
interface Checked {
  readonly checkValue: Check;
}

/** A string shown as plain text. Empty strings count as absent unless `allowEmpty`. */
export interface TextNode extends Checked {
  readonly kind: 'text';
  readonly allowEmpty?: boolean;
}
/** An absolute http(s) or relative URL; resolved against the document's URL. */
export interface UrlNode extends Checked {
  readonly kind: 'url';
}
/** ISO 8601 of known precision, optionally EDTF `~` or `?`: becomes a `PartialDate`. */
export interface DateNode extends Checked {
  readonly kind: 'date';
}
/** Inline HTML, sanitised to the allow-list in docs/data-format.md: becomes a `SafeHtml` tree. */
export interface HtmlNode extends Checked {
  readonly kind: 'html';
  /** Passed in, so widgets without HTML fields do not ship the sanitiser. */
  readonly sanitize: (source: string, baseUrl: string | undefined) => SafeHtml;
}
/** A BCP 47 language tag, canonicalised. */
export interface LangNode extends Checked {
  readonly kind: 'lang';
}
/** A `#rgb` or `#rrggbb` colour. */
export interface ColorNode extends Checked {
  readonly kind: 'color';
}
export interface NumberNode extends Checked {
  readonly kind: 'number';
  readonly minimum?: number;
}
export interface BooleanNode extends Checked {
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
export interface ObjectNode<F extends Fields = Fields, R extends keyof F = keyof F> extends Checked {
  readonly kind: 'object';
  readonly fields: F;
  /** `fields` as entries, listed once rather than on every object checked. */
  readonly entries: ReadonlyArray<readonly [string, SchemaNode]>;
  readonly required: ReadonlySet<R>;
  /** Fields required only while the field `unless` is absent (a block given by `src` needs no `text`). */
  readonly conditional?: { readonly unless: string; readonly required: readonly string[] };
  readonly finishObject?: Finisher;
}
export interface ArrayNode<I extends SchemaNode = SchemaNode> extends Checked {
  readonly kind: 'array';
  readonly items: I;
  readonly minItems: number;
  /** An invalid item is left out with a warning instead of failing the array (docs/widgets.md). */
  readonly dropInvalid: boolean;
}
export interface RecordNode<V extends SchemaNode = SchemaNode> extends Checked {
  readonly kind: 'record';
  readonly values: V;
}
/** Objects told apart by their `type` field; an unknown type is left out with a warning. */
export interface VariantNode<O extends Readonly<Record<string, ObjectNode>> = Readonly<Record<string, ObjectNode>>>
  extends Checked {
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
