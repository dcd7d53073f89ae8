import type { SchemaNode } from './schema-nodes.js';
type JsonSchema = Record<string, unknown>;
export declare function nodeToJsonSchema(node: SchemaNode, path?: string): JsonSchema;
/** The whole format: one of the three document types. */
export declare function documentJsonSchema(): JsonSchema;
export {};
