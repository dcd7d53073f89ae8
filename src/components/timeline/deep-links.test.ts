import { expect, oneEvent } from '@open-wc/testing';
import { restore, stub } from 'sinon';
import { parts, renderWith } from '../../test/test-fixtures.js';
import './timeline.js';
import type { LedeTimeline } from './timeline.component.js';

const events = [
  { id: 'a', date: '2020-01-01', title: 'A', category: 'x' },
  { id: 'b', date: '2020-01-02', title: 'B', category: 'y' },
  { id: '100%', date: '2020-01-03', title: 'Percent', category: 'y' },
  { date: '2020-01-04', title: 'No id', category: 'y' },
];
const timeline = (id?: string, attributes = '') =>
  renderWith<LedeTimeline>(
    'lede-timeline',
    { type: 'timeline', ...(id && { id }), categories: { x: { label: 'X' }, y: { label: 'Y' } }, events },
    `locale="en" ${attributes}`,
  );
const current = (element: LedeTimeline) => element.shadowRoot?.querySelector('[aria-current="true"] [part~="event-title"]')?.textContent;

describe('deep links', () => {
  afterEach(() => {
    restore();
    document.body.replaceChildren();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('gives each event with an id an anchor, after the timeline\'s own id', async () => {
    const element = await timeline('t');
    expect(parts(element, 'event').map((item) => item.id)).to.deep.equal(['t-a', 't-b', 't-100%', '']);
    const bare = await timeline();
    expect(parts(bare, 'event').map((item) => item.id)).to.deep.equal(['a', 'b', '100%', '']);
  });

  it('shows the linked event on load even where collapsed and filtered out, marks it current and scrolls it into view', async () => {
    history.replaceState(null, '', '#t-b');
    const scrolled = stub(Element.prototype, 'scrollIntoView');
    const element = await timeline('t', 'collapsed-after="1" category="x"');
    await element.updateComplete;
    expect(current(element)).to.equal('B');
    expect(element.shadowRoot?.querySelector('details')?.open).to.equal(true);
    expect(scrolled.firstCall?.thisValue).to.equal(element.shadowRoot?.getElementById('t-b'));
  });

  it('follows the fragment when it changes, and reads a malformed escape as written', async () => {
    const element = await timeline('t');
    expect(current(element)).to.equal(undefined);
    const changed = oneEvent(window, 'hashchange');
    location.hash = '#t-100%';
    await changed;
    await element.updateComplete;
    expect(current(element)).to.equal('Percent');
  });

  it('stops following the fragment once taken off the page', async () => {
    const element = await timeline('t');
    element.remove();
    const changed = oneEvent(window, 'hashchange');
    location.hash = '#t-a';
    await changed;
    document.body.append(element);
    await element.updateComplete;
    expect(current(element)).to.equal(undefined);
  });
});
