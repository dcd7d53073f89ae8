// Every subpath of lede-widgets, type-checked under node16, bundler and node (node10) resolution.
import { LedeArticle, LedeQuote, LedeTimeline, type LedeTheme, type QuoteVariant, type TimelineOrder, type TimelineLayout, type LedeState, type QuoteDocument } from 'lede-widgets';
import { LedeQuote as QuoteOnly } from 'lede-widgets/quote';
import { LedeTimeline as TimelineOnly } from 'lede-widgets/timeline';
import { LedeArticle as ArticleOnly } from 'lede-widgets/article';
import { validateDocument, type Issue } from 'lede-widgets/schema';
import { embedSnippet, renderToString, cdnScript } from 'lede-widgets/ssr';
import { LedeQuote as QuoteComponent } from 'lede-widgets/react';
import type { CustomElements } from 'lede-widgets/jsx';

const theme: LedeTheme = 'dark';
const variant: QuoteVariant = 'compact';
const order: TimelineOrder = 'desc';
const layout: TimelineLayout = 'horizontal';
const state: LedeState = 'ready';
export const choices = [theme, variant, order, layout, state];

export const classes = [LedeArticle, LedeQuote, LedeTimeline, QuoteOnly, TimelineOnly, ArticleOnly, QuoteComponent];

const quote = document.createElement('lede-quote');
const document_: QuoteDocument = { type: 'quote', text: 'Words.', speaker: { name: 'Someone' } };
quote.data = document_;
quote.variant = variant;
quote.addEventListener('lede-load', (event) => event.detail.issues.map((issue: Issue) => issue.path));
document.addEventListener('lede-error', (event) => event.detail.code);
window.addEventListener('lede-select', (event) => event.detail.index + 1);
// @ts-expect-error: a timeline takes a TimelineDocument
document.createElement('lede-timeline').data = document_;

const result = validateDocument(document_);
export const html: string = result.ok ? renderToString(document_) + embedSnippet(document_) : '';
export const script: string = cdnScript().src;
export type QuoteProps = CustomElements['lede-quote'];
