import { defineElement } from '../../define.js';
import { LedeQuote } from './quote.component.js';

export { LedeQuote } from './quote.component.js';
export type { QuoteVariant } from './quote.component.js';

defineElement('lede-quote', LedeQuote);

declare global {
  interface HTMLElementTagNameMap {
    'lede-quote': LedeQuote;
  }
}
