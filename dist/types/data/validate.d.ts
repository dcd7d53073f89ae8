import type { ArrayNode, ObjectNode, RecordNode, VariantNode } from './schema-node-types.js';
import { type Issue, type JsonPath, type ValidationContext } from './validation-context.js';
export type { Issue, IssueSeverity } from './validation-context.js';
/** Versions of the data format this build reads (docs/data-format.md). */
export declare const SUPPORTED_VERSIONS: readonly number[];
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
type Checked = unknown;
/** `allowed`: keys the caller reads (a document's `type` and `version`, a block's `type`). */
export declare function checkObject(node: ObjectNode, value: unknown, parent: JsonPath, key: string | number, context: ValidationContext, allowed?: readonly string[]): Checked;
export declare function checkArray(node: ArrayNode, value: unknown, parent: JsonPath, key: string | number, context: ValidationContext): Checked;
export declare function checkRecord(node: RecordNode, value: unknown, parent: JsonPath, key: string | number, context: ValidationContext): Checked;
export declare function checkVariant(node: VariantNode, value: unknown, parent: JsonPath, key: string | number, context: ValidationContext): Checked;
/**
 * The error for a value nested deeper than MAX_NESTING (see findTooDeep),
 * checked before anything recurses over the input.
 */
export declare function nestingError(value: unknown, at?: JsonPath, depth?: number, skip?: ReadonlySet<unknown>): ValidationResult<never> | undefined;
/**
 * Validates a document that must be of `type` against its `schema`. Never
 * throws. `baseUrl` resolves relative URLs: the URL the document was fetched from.
 */
export declare function validateAgainst<M>(schema: ObjectNode, type: string, input: unknown, baseUrl?: string, context?: ValidationContext): ValidationResult<M>;
/** validateAgainst for an input whose nesting was already checked (see nestingError). */
export declare function checkDocument<M>(schema: ObjectNode, type: string, input: unknown, context: ValidationContext): ValidationResult<M>;
/**
 * validateAgainst, but a long list at the top of the document (a timeline's
 * events) is checked in slices of about 25 ms with a task between them, so the
 * page stays responsive. Returns the result at once when there is no long list,
 * a promise otherwise (null if `signal` aborts between slices).
 */
export declare function validateInSlices<M>(schema: ObjectNode, type: string, input: unknown, baseUrl?: string, signal?: AbortSignal): ValidationResult<M> | Promise<ValidationResult<M> | null>;
