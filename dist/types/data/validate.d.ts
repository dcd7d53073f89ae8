import type { ObjectNode } from './schema-nodes.js';
export declare const SUPPORTED_VERSIONS: readonly unknown[];
export type IssueSeverity = 'error' | 'warning';
export interface Issue {
    /** JSON path into the document, such as `events[3].date`; `""` is the document itself. */
    readonly path: string;
    readonly message: string;
    readonly severity: IssueSeverity;
}
export type ValidationErrorCode = 'invalid-data' | 'unsupported-version';
export type ValidationResult<M> = {
    readonly ok: true;
    readonly model: M;
    readonly issues: readonly Issue[];
} | {
    readonly ok: false;
    readonly code: ValidationErrorCode;
    readonly issues: readonly Issue[];
};
export declare function joinPath(path: string, key: string | number): string;
/**
 * Validates a document that must be of `type` against its `schema`. Never
 * throws. `baseUrl` resolves relative URLs: the URL the document was fetched from.
 */
export declare function validateAgainst<M>(schema: ObjectNode, type: string, input: unknown, baseUrl?: string): ValidationResult<M>;
