import { type DocumentType, type ModelByType } from './schema.js';
import { type ValidationResult } from './validate.js';
/**
 * Validates a document of any type (or of `expectedType`): for tools that do
 * not know in advance what they were given, such as the CLI.
 */
export declare function validateDocument<T extends DocumentType = DocumentType>(input: unknown, expectedType?: T, baseUrl?: string): ValidationResult<ModelByType[T]>;
