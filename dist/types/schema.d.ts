/**
 * The `lede/schema` entry: the data format's types, validator and JSON Schema,
 * without any element. Works in Node (CLI, server rendering) and bundlers.
 */
export { validateAgainst, type Issue, type IssueSeverity, type ValidationResult, type ValidationErrorCode } from './data/validate.js';
export { validateDocument } from './data/validate-document.js';
export { documentJsonSchema } from './data/json-schema.js';
export { parsePartialDate, comparePartialDates, type PartialDate, type DatePrecision } from './dates/partial-date.js';
export { sanitizeHtml, type SafeHtml, type SafeNode, type SafeElement } from './safety/sanitize-html.js';
export { safeUrl } from './safety/safe-url.js';
export * from './data/schema.js';
