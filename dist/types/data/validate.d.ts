import type { ArrayNode, ObjectNode, RecordNode, VariantNode } from './schema-nodes.js';
/** Versions of the data format this build reads (docs/data-format.md). */
export declare const SUPPORTED_VERSIONS: readonly number[];
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
/** What a check returns for a value that failed; the reasons are in the context's issues. */
export declare const INVALID: unique symbol;
type Checked = unknown;
type JsonObject = Record<string, unknown>;
export interface ValidationContext {
    readonly issues: Issue[];
    readonly baseUrl: string | undefined;
    /** Where each validated array item stood in the file, so later steps name the right path. */
    readonly sourceIndex: WeakMap<object, number>;
    /** Lists already checked item by item in earlier tasks (see validateInSlices), with their issues. */
    readonly checkedLists?: Map<unknown[], {
        readonly items: Checked[];
        readonly issues: readonly Issue[];
        readonly dropped: readonly Issue[];
    }>;
}
export declare function isObject(value: unknown): value is JsonObject;
/**
 * Where a value sits: its JSON path, or a function that builds it. Checks pass
 * the function down and only a failure calls it, because turning 10,000 array
 * indices into strings costs time and, for good, the engine's number-to-string
 * cache (64 KB of heap once it overflows).
 */
export type JsonPath = string | (() => string);
/** `events` + 3 → `events[3]`; `speaker` + `name` → `speaker.name`. */
export declare function joinPath(parent: JsonPath, key: string | number): string;
export declare function fail(context: ValidationContext, parent: JsonPath, key: string | number, message: string): typeof INVALID;
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
export {};
