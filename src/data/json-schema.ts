/**
 * JSON Schema (draft 2020-12) for the data format, derived from `schema.ts`,
 * for editors and other languages. The build writes it to `dist/lede.schema.json`.
 * It describes the shape; rules that need code (safe URL schemes, real
 * calendar dates, unique event ids) are the validator's.
 */
import { DOCUMENT_SCHEMAS, DOCUMENT_TYPES } from './schema.js';
import { SUPPORTED_VERSIONS } from './validate.js';
import type { SchemaNode } from './schema-nodes.js';

type JsonSchema = Record<string, unknown>;

const DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?)?)?[~?%]?$';

/** Documentation for editors, by path; kept out of the browser bundles. */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  'quote.text': 'The words, without quotation marks: the widget adds the language\'s own.',
  'quote.speaker.image': 'A portrait; needs no alt, the name is next to it.',
  'quote.source': 'Where it was reported: an agency or outlet.',
  'quote.dateLabel': 'Shown instead of the formatted date; `date` still sorts and stays machine-readable.',
  'quote.context': 'One line of context.',
  'quote.url': 'Canonical link to the quote, used for sharing.',
  'quote.translation': 'The words in another language; the widget shows the one that fits its locale, and the other one click away.',
  'timeline.events': 'Shown in date order whatever their order here; events on the same date keep this order.',
  'timeline.events.id': 'Unique within the timeline; used in deep links.',
  'timeline.events.end': 'End of a span.',
  'timeline.events.category': 'A key of `categories`.',
  'article.body': 'Blocks: paragraph, heading, list, image, quote, timeline.',
  'article.url': 'Canonical URL of the story.',
};
const DATE_DESCRIPTION = 'ISO 8601 in the precision known (2024, 2024-12, 2024-12-25, or a date-time with offset), optionally ending in ~ (approximate) or ? (uncertain).';

function describe(schema: JsonSchema, path: string): JsonSchema {
  const description = DESCRIPTIONS[path];
  return description ? { description, ...schema } : schema;
}

export function nodeToJsonSchema(node: SchemaNode, path = ''): JsonSchema {
  switch (node.kind) {
    case 'text':
      return describe({ type: 'string', ...(node.allowEmpty ? {} : { minLength: 1 }) }, path);
    case 'url':
      return describe({ type: 'string', format: 'uri-reference', pattern: '^(?![a-zA-Z][a-zA-Z0-9+.-]*:)|^[hH][tT][tT][pP][sS]?:' }, path);
    case 'date':
      return { description: DATE_DESCRIPTION, type: 'string', pattern: DATE_PATTERN };
    case 'html':
    case 'lang':
      return describe({ type: 'string' }, path);
    case 'color':
      return describe({ type: 'string', pattern: '^#([0-9a-fA-F]{3}){1,2}$' }, path);
    case 'number':
      return describe({ type: 'number', ...(node.minimum === undefined ? {} : { minimum: node.minimum }) }, path);
    case 'boolean':
      return describe({ type: 'boolean' }, path);
    case 'object': {
      const schema: JsonSchema = {
        type: 'object',
        properties: Object.fromEntries(Object.entries(node.fields).map(([key, field]) => [key, nodeToJsonSchema(field, `${path}.${key}`)])),
        // Editors flag a misspelt field; `$` keys (`$schema`) are theirs.
        patternProperties: { '^\\$': true },
        additionalProperties: false,
      };
      if (node.required.size) schema.required = [...node.required];
      if (node.conditional) {
        schema.anyOf = [{ required: [node.conditional.unless] }, { required: [...node.conditional.required] }];
      }
      return describe(schema, path);
    }
    case 'array':
      return describe({ type: 'array', items: nodeToJsonSchema(node.items, path), ...(node.minItems ? { minItems: node.minItems } : {}) }, path);
    case 'record':
      return describe({ type: 'object', additionalProperties: nodeToJsonSchema(node.values, path) }, path);
    case 'variant':
      return describe(
        {
          oneOf: Object.entries(node.options).map(([type, option]) => {
            const schema = nodeToJsonSchema(option, path);
            return { ...schema, properties: { type: { const: type }, ...(schema.properties as object) }, required: ['type', ...((schema.required as string[]) ?? [])] };
          }),
        },
        path,
      );
  }
}

/** The whole format: one of the three document types. */
export function documentJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Lede document (version 1)',
    oneOf: DOCUMENT_TYPES.map((type) => {
      const schema = nodeToJsonSchema(DOCUMENT_SCHEMAS[type], type);
      return {
        title: type,
        ...schema,
        properties: { type: { const: type }, version: { enum: [...SUPPORTED_VERSIONS] }, ...(schema.properties as object) },
        required: ['type', ...((schema.required as string[]) ?? [])],
      };
    }),
  };
}
