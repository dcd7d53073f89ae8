import { expect } from '@open-wc/testing';
import { validateDocument } from '../data/validate-document.js';
import type { ArticleModel, QuoteModel, TimelineModel } from '../data/schema.js';
import { fallbackHtml } from './fallback-html.js';

/** The fallback of `document`, as a reader without the script sees it: on a left-to-right page, in an element no script defines. */
function showFallback(document: unknown): HTMLElement {
  const result = validateDocument(document);
  if (!result.ok) throw new Error(result.code);
  const container = window.document.createElement('div');
  container.style.width = '40rem';
  container.innerHTML = `<lede-unknown>${fallbackHtml(result.model as QuoteModel | TimelineModel | ArticleModel)}</lede-unknown>`;
  window.document.body.append(container);
  return container;
}

const box = (node: Node) => {
  const range = window.document.createRange();
  range.selectNodeContents(node);
  return range.getBoundingClientRect();
};

const ARABIC_TIMELINE = {
  type: 'timeline',
  lang: 'ar',
  title: 'افتتاح الجسر',
  events: [
    { date: '2024-05-01', title: 'افتتاح جسر الطاحونة' },
    { date: '2024-06-01', title: 'Mill Bridge, Eastbrook' },
  ],
};

const ARABIC_QUOTE = {
  type: 'quote',
  lang: 'ar',
  text: 'الجسر مفتوح للجميع.',
  speaker: { name: 'سلمى حداد', role: 'رئيسة البلدية' },
  source: { name: 'صحيفة إيستبروك' },
};

describe('fallbackHtml on a left-to-right page', () => {
  afterEach(() => window.document.body.replaceChildren());

  it('the page is left to right', () => {
    expect(getComputedStyle(window.document.body).direction).to.equal('ltr');
  });

  it('an Arabic timeline reads right to left: each date at the right, before its title', () => {
    const container = showFallback(ARABIC_TIMELINE);
    const wrapper = container.querySelector('lede-unknown > div')!;
    expect(wrapper.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(wrapper).direction).to.equal('rtl');
    for (const item of container.querySelectorAll('li')) {
      const { right } = item.getBoundingClientRect();
      const date = item.querySelector('time')!.getBoundingClientRect();
      const title = box(item.lastChild!);
      expect(Math.abs(date.right - right), `${item.textContent}: the date starts the line at the right`).to.be.below(1.5);
      expect(title.right, `${item.textContent}: the title follows, to the date's left`).to.be.at.most(date.left + 1);
    }
  });

  it('an Arabic quote: its marks, its commas, and its attribution from the right', () => {
    const container = showFallback(ARABIC_QUOTE);
    const caption = container.querySelector('figcaption')!;
    expect(container.querySelector('blockquote')!.textContent).to.equal('”الجسر مفتوح للجميع.“');
    expect(caption.textContent).to.equal('— سلمى حداد، رئيسة البلدية، صحيفة إيستبروك');
    expect(Math.abs(box(caption).right - container.querySelector('figure')!.getBoundingClientRect().right)).to.be.below(1.5);
  });
});
