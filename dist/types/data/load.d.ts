import { type DocumentValidators, type FetchedDocument } from './fetch-document.js';
import type { ObjectNode } from './schema-node-types.js';
import { type Issue } from './validate.js';
/**
 * Where a widget's document comes from (docs/widgets.md): its `data` property
 * wins, then the JSON inside it, then `src`. Apart from the element, so the
 * order is tested without one.
 */
export type DocumentSource = 
/** The document itself: `data`, or the inline JSON parsed; relative URLs resolve against `baseUrl`. */
{
    readonly parsedJson: unknown;
    readonly baseUrl: string;
}
/** Inline JSON that does not parse (or not yet, while the page is still being parsed). */
 | {
    readonly error: string;
}
/** The absolute URL to fetch. */
 | {
    readonly url: string;
}
/** Nothing yet: a framework may set `data` later. */
 | undefined;
/**
 * `inlineJson` is the text of the element's `<script type="application/json">`, if it has one;
 * `baseUrl` is the page's. Throws only for a `src` that is no URL, which fails like a fetch.
 */
export declare function chooseSource(data: unknown, inlineJson: string | undefined, src: string | undefined, baseUrl: string): DocumentSource;
/** What a refresh changed: timeline event ids, or for other documents the top-level fields. */
export interface LedeChanges {
    readonly added: readonly string[];
    readonly changed: readonly string[];
    readonly removed: readonly string[];
}
/**
 * One check of `url` for a new version of the document shown (`known`): null when it is the same
 * one; throws when it cannot be fetched or is not valid, so the version shown stays.
 */
export declare function fetchNewVersion<M>(url: string, timeout: number, known: DocumentValidators | undefined, schema: ObjectNode, type: string): Promise<{
    readonly fetched: FetchedDocument;
    readonly model: M;
    readonly issues: readonly Issue[];
} | null>;
