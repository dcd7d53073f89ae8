import type { ArticleModel, QuoteModel, TimelineModel } from '../data/schema.js';
type Thing = Record<string, unknown>;
type Model = QuoteModel | TimelineModel | ArticleModel;
/** schema.org JSON-LD for a validated document: a NewsArticle, a Quotation, or an ItemList of Events. */
export declare function jsonLd(model: Model): Thing;
export {};
