import { LedeQuote } from './quote.component.js';
export { LedeQuote } from './quote.component.js';
export type { QuoteVariant } from './quote.component.js';
declare global {
    interface HTMLElementTagNameMap {
        'lede-quote': LedeQuote;
    }
}
