/**
 * Lede's data format, version 1 (docs/data-format.md). Each document type is declared
 * once, in its own module (so a widget ships only its own rules); the
 * validator, `dist/lede.schema.json` and the types all come from those declarations.
 */
import { type ArticleDocument, type ArticleModel } from './article-schema.js';
import { type QuoteDocument, type QuoteModel } from './quote-schema.js';
import type { ObjectNode } from './schema-nodes.js';
import { type TimelineDocument, type TimelineModel } from './timeline-schema.js';
export type { ArticleBlockModel, ArticleDocument, ArticleModel } from './article-schema.js';
export type { QuoteDocument, QuoteModel } from './quote-schema.js';
export type { TimelineDocument, TimelineEventModel, TimelineModel } from './timeline-schema.js';
export type ImageModel = NonNullable<ArticleModel['image']>;
export declare const DOCUMENT_TYPES: readonly ["quote", "timeline", "article"];
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export type LedeDocument = QuoteDocument | TimelineDocument | ArticleDocument;
/** What each element's `data` property takes. */
export interface DocumentByType {
    quote: QuoteDocument;
    timeline: TimelineDocument;
    article: ArticleDocument;
}
export interface ModelByType {
    quote: QuoteModel;
    timeline: TimelineModel;
    article: ArticleModel;
}
export declare const DOCUMENT_SCHEMAS: Readonly<Record<DocumentType, ObjectNode>>;
