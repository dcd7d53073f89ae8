import type { ArticleModel, QuoteModel, TimelineModel } from '../data/schema.js';
type Model = QuoteModel | TimelineModel | ArticleModel;
/**
 * Fallback content for an embed (docs/widgets.md): what readers without the script, and
 * before it runs, see inside the element. Built from the validated model with the
 * same date formatting and UI strings as the widget, as plain HTML.
 */
export declare function fallbackHtml(model: Model, locale?: string): string;
export {};
