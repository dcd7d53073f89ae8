import { DOCUMENT_SCHEMAS, DOCUMENT_TYPES, type DocumentType, type ModelByType } from './schema.js';
import { checkDocument, nestingError, type ValidationResult } from './validate.js';

function isDocumentType(value: unknown): value is DocumentType {
  return DOCUMENT_TYPES.some((type) => type === value);
}

/**
 * Validates a document of any type (or of `expectedType`): for tools that do
 * not know in advance what they were given, such as the CLI.
 */
export function validateDocument<T extends DocumentType = DocumentType>(
  input: unknown,
  expectedType?: T,
  baseUrl?: string,
): ValidationResult<ModelByType[T]> {
  // Before the type, so that a 100,000-deep list is named as that.
  const tooDeep = nestingError(input);
  if (tooDeep) return tooDeep;
  const found = typeof input === 'object' && input !== null && 'type' in input ? input.type : undefined;
  const type = expectedType ?? (isDocumentType(found) ? found : undefined);
  if (!type) {
    return {
      ok: false,
      code: 'invalid-data',
      issues: [{ path: 'type', message: `must be one of "${DOCUMENT_TYPES.join('", "')}", not ${JSON.stringify(found)}`, severity: 'error' }],
    };
  }
  return checkDocument(DOCUMENT_SCHEMAS[type], type, input, { issues: [], baseUrl, itemPositions: new WeakMap() });
}
