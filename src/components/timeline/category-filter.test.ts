import { expect } from '@open-wc/testing';
import { restore, stub } from 'sinon';
import { part, parts, renderWith } from '../../test/test-fixtures.js';
import './timeline.js';
import type { LedeTimeline } from './timeline.component.js';

const data = {
  type: 'timeline',
  categories: { red: { label: 'Red', color: '#c00' }, plain: { label: 'Plain' } },
  events: [
    { id: 'a', date: '2020-01-01', title: 'A', category: 'red' },
    { id: 'b', date: '2020-01-02', title: 'B', category: 'plain' },
    { id: 'c', date: '2020-01-03', title: 'C' },
  ],
};
const titles = (element: LedeTimeline) => parts(element, 'event-title').map((title) => title.textContent);
const legend = (element: LedeTimeline) => [...(part(element, 'legend')?.querySelectorAll('button') ?? [])];

describe('category filter', () => {
  beforeEach(() => stub(console, 'warn'));
  afterEach(() => {
    restore();
    document.body.replaceChildren();
  });

  it('starts from the category the attribute names, then from what the reader presses', async () => {
    const element = await renderWith<LedeTimeline>('lede-timeline', data, 'category="red"');
    expect(titles(element)).to.deep.equal(['A']);
    legend(element)[1].click();
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['A', 'B']);
    expect(legend(element).map((button) => button.getAttribute('aria-pressed'))).to.deep.equal(['true', 'true']);
    legend(element)[0].click();
    legend(element)[1].click();
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['A', 'B', 'C']);
  });

  it('forgets the reader\'s choice when the attribute changes', async () => {
    const element = await renderWith<LedeTimeline>('lede-timeline', data);
    legend(element)[0].click();
    await element.updateComplete;
    element.setAttribute('category', 'plain');
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['B']);
  });

  it('colours each category from the data, in a constructed stylesheet', async () => {
    const element = await renderWith<LedeTimeline>('lede-timeline', data);
    const marker = getComputedStyle(parts(element, 'category')[0]).getPropertyValue('--_category').trim();
    expect(marker).to.equal('#c00');
    expect(parts(element, 'event')[0].classList.contains('c0')).to.equal(true);
    const rules = element.shadowRoot?.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)) ?? [];
    expect(rules.some((rule) => rule.startsWith('.c0'))).to.equal(true);
  });
});
