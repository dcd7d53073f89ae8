/**
 * The script-tag entry (`dist/lede.js`, `dist/lede.mjs`): defines every Lede element.
 */
export { LedeQuote } from './components/quote/quote.js';
export type { LedeEventMap, LedeErrorCode, ShareMethod, LedeLoadDetail, LedeErrorDetail, LedeShareDetail, LedeUpdateDetail, LedeSelectDetail } from './events.js';
export type { LedeState, LedeTheme, LedeLoading, LedeChanges } from './internal/lede-element.js';
export type { QuoteVariant } from './components/quote/quote.js';
export type { TimelineOrder, TimelineLayout } from './components/timeline/timeline.js';
export type { Issue } from './data/validate.js';
export type * from './data/schema.js';
export { LedeTimeline } from './components/timeline/timeline.js';
export { LedeArticle } from './components/article/article.js';
