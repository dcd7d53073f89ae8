import type { ArrayNode, BooleanNode, ColorNode, DateNode, Fields, Finisher, HtmlNode, LangNode, NumberNode, ObjectNode, RecordNode, SchemaNode, TextNode, UrlNode, VariantNode } from './schema-node-types.js';
export type * from './schema-node-types.js';
export declare const text: (options?: {
    allowEmpty?: boolean;
}) => TextNode;
export declare const url: () => UrlNode;
export declare const date: () => DateNode;
export declare const html: (sanitize: HtmlNode["sanitize"]) => HtmlNode;
export declare const lang: () => LangNode;
export declare const color: () => ColorNode;
export declare const number: (minimum?: number) => NumberNode;
export declare const boolean: () => BooleanNode;
export declare const object: <const F extends Fields, const R extends keyof F & string = never>(fields: F, required?: readonly R[], finish?: Finisher) => ObjectNode<F, R>;
/** An object whose `required` fields may be missing when its `unless` field is there. */
export declare const objectUnless: <const F extends Fields>(unless: keyof F & string, fields: F, required: readonly (keyof F & string)[], finish?: Finisher) => ObjectNode<F, never>;
export declare const array: <I extends SchemaNode>(items: I, options?: {
    minItems?: number;
    dropInvalid?: boolean;
}) => ArrayNode<I>;
export declare const record: <V extends SchemaNode>(values: V) => RecordNode<V>;
export declare const variant: <const O extends Readonly<Record<string, ObjectNode>>>(options: O) => VariantNode<O>;
