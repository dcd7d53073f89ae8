import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LedeEventMap } from '../../events.js';
import { mount, parts, renderWith } from '../../test/test-fixtures.js';
import './timeline.js';
import type { LedeTimeline } from './timeline.component.js';
import { focusEvent } from './roving-focus.js';

const events = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `e${index}`, date: `2020-01-${String(index + 1).padStart(2, '0')}`, title: `Event ${index}` }));
const timeline = (count: number, attributes = '') =>
  renderWith<LedeTimeline>('lede-timeline', { type: 'timeline', lang: 'en', events: events(count) }, `locale="en" ${attributes}`);
const focused = (element: LedeTimeline) => element.shadowRoot?.activeElement;

describe('roving focus', () => {
  afterEach(() => document.body.replaceChildren());

  it('makes the focused event the one tab stop', async () => {
    const element = await timeline(4);
    const items = parts(element, 'event');
    focusEvent(items[2]);
    expect(focused(element)).to.equal(items[2]);
    expect(items.map((item) => item.tabIndex)).to.deep.equal([-1, -1, 0, -1]);
  });

  it('moves with the arrows only as far as the collapsed events shown', async () => {
    const element = await timeline(6, 'collapsed-after="3"');
    const items = parts(element, 'event');
    items[0].focus();
    await sendKeys({ press: 'End' });
    expect(focused(element)).to.equal(items[2]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(element)).to.equal(items[2]);
  });

  it('moves along a right-to-left horizontal track with the arrow that points the way it reads', async () => {
    const element = await timeline(3, 'layout="horizontal" locale="ar"');
    element.setAttribute('locale', 'ar');
    await element.updateComplete;
    const items = parts(element, 'event');
    items[0].focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(element)).to.equal(items[1]);
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(element)).to.equal(items[0]);
  });

  it('chooses an event by click, but not by a click on a link in it', async () => {
    const element = await renderWith<LedeTimeline>('lede-timeline', {
      type: 'timeline',
      events: [{ id: 'a', date: '2020', title: 'A', sources: [{ name: 'S', url: 'https://source.example/' }] }],
    });
    const selected: string[] = [];
    element.addEventListener('lede-select', (event) => selected.push(event.detail.id));
    const link = element.shadowRoot?.querySelector('a');
    link?.addEventListener('click', (event) => event.preventDefault());
    link?.click();
    const chosen = oneEvent(element, 'lede-select') as Promise<LedeEventMap['lede-select']>;
    parts(element, 'event-title')[0].click();
    expect((await chosen).detail).to.deep.equal({ id: 'a', index: 0 });
    expect(selected).to.deep.equal(['a']);
  });

  it('pages the horizontal track on and back', async () => {
    const element = mount<LedeTimeline>('<lede-timeline layout="horizontal" locale="en"></lede-timeline>', 'width: 600px');
    Object.assign(element, { data: { type: 'timeline', events: events(30) } });
    await oneEvent(element, 'lede-load');
    await element.updateComplete;
    const track = element.shadowRoot?.querySelector('ol') as HTMLOListElement;
    track.style.scrollBehavior = 'auto';
    const [previous, next] = element.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="controls"] button') ?? [];
    next.click();
    await waitUntil(() => track.scrollLeft > track.clientWidth / 4, 'the track paged on');
    previous.click();
    await waitUntil(() => track.scrollLeft === 0, 'the track paged back');
  });
});
