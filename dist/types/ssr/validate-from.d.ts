/**
 * A document checked as the widget will check it, for the server's HTML and the embed snippet.
 * Apart from render.ts, so the snippet (and the playground in the browser) never loads @lit-labs/ssr.
 */
import type { ArticleModel, QuoteModel, TimelineModel } from '../data/schema.js';
import type { Issue, ValidationErrorCode } from '../data/validate.js';
/** A document `renderToString` cannot render: `code` and `issues` as in `lede-error`. */
export declare class LedeRenderError extends Error {
    readonly code: ValidationErrorCode;
    readonly issues: readonly Issue[];
    constructor(code: ValidationErrorCode, issues: readonly Issue[]);
}
export type Model = QuoteModel | TimelineModel | ArticleModel;
/** `url` if it is absolute, else undefined. */
export declare function absoluteUrl(url: string | undefined): string | undefined;
/**
 * The model of a document the element loads from `src` (if any): docs/widgets.md has its relative URLs
 * resolve against its own URL, so the server's HTML agrees with the widget: against an absolute
 * src, or rewritten to stay right from the page for a relative one. Throws `LedeRenderError`.
 */
export declare function validateFrom(document: unknown, src: string | undefined, baseUrl?: string | undefined): Model;
