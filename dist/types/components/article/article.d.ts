import '../quote/quote.js';
import '../timeline/timeline.js';
import { LedeArticle } from './article.component.js';
export { LedeArticle } from './article.component.js';
declare global {
    interface HTMLElementTagNameMap {
        'lede-article': LedeArticle;
    }
}
