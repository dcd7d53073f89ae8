import { expect } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { useFakeTimers, type SinonFakeTimers } from 'sinon';
import type { TimelineEventModel } from '../../data/timeline-schema.js';
import { compareEvents, freshEvents, keyOf } from './fresh-events.js';

const event = (id: string): TimelineEventModel => ({ id, date: { iso: '2020', precision: 'year' }, title: id }) as TimelineEventModel;

/** A bare list of tall events, "new" ones marked as the controller says. */
class FreshList extends LitElement {
  static override properties = { events: { attribute: false } };
  events: readonly TimelineEventModel[] = [];
  fresh = freshEvents(this, () => this.events);

  protected override render(): unknown {
    return html`<ol>
      ${this.events.map(
        (item, index) =>
          html`<li data-index=${index} tabindex="-1" class=${this.fresh.freshKeys.has(keyOf(item)) ? 'new' : ''} style="height: 300px" ?hidden=${this.fresh.heldKeys.has(keyOf(item))}>${item.title}</li>`,
      )}
    </ol>`;
  }

  /** What a refresh does: the changes told, then the new version shown. */
  async refreshTo(events: readonly TimelineEventModel[], descending = false): Promise<number> {
    const keys = new Set(this.events.map(keyOf));
    const next = new Set(events.map(keyOf));
    const count = this.fresh.addVersion(
      { added: [...next].filter((key) => !keys.has(key)), changed: [], removed: [...keys].filter((key) => !next.has(key)) },
      descending,
    );
    this.events = events;
    await this.updateComplete;
    return count;
  }
}
customElements.define('fresh-list', FreshList);

describe('freshEvents', () => {
  let list: FreshList;
  let clock: SinonFakeTimers | undefined;
  const marked = () => [...list.renderRoot.querySelectorAll('li.new')].map((item) => item.textContent);

  beforeEach(async () => {
    list = Object.assign(new FreshList(), { events: ['a', 'b', 'c', 'd'].map(event) });
    document.body.append(list);
    await list.updateComplete;
  });

  afterEach(() => {
    clock?.restore();
    clock = undefined;
    list.remove();
    scrollTo(0, 0);
  });

  it('marks the events a refresh brings and says how many', async () => {
    expect(await list.refreshTo(['n1', 'n2', 'a', 'b', 'c', 'd'].map(event))).to.equal(2);
    expect(marked()).to.deep.equal(['n1', 'n2']);
    expect(await list.refreshTo(['n1', 'n2', 'a', 'b', 'c', 'd'].map(event))).to.equal(0);
  });

  it('holds new events back in descending order until shown, and counts all held', async () => {
    expect(await list.refreshTo(['n1', 'a', 'b', 'c', 'd'].map(event), true)).to.equal(1);
    expect(await list.refreshTo(['n2', 'n1', 'a', 'b', 'c', 'd'].map(event), true)).to.equal(2);
    expect([...list.fresh.heldKeys]).to.deep.equal(['n1', 'n2']);
    const marks = list.fresh.markCount;
    list.fresh.showHeld();
    await list.updateComplete;
    expect(list.fresh.heldKeys.size).to.equal(0);
    expect(list.fresh.markCount).to.equal(marks + 1);
  });

  it('keeps the event read, and focus, in place when events are inserted above it', async () => {
    const read = list.renderRoot.querySelectorAll<HTMLElement>('li')[2];
    read.focus();
    scrollBy(0, read.getBoundingClientRect().top);
    const top = read.getBoundingClientRect().top;
    await list.refreshTo(['n1', 'n2', 'a', 'b', 'c', 'd'].map(event));
    const now = [...list.renderRoot.querySelectorAll<HTMLElement>('li')].find((item) => item.textContent === 'c') as HTMLElement;
    expect(Math.abs(now.getBoundingClientRect().top - top), 'the event read has not moved').to.be.below(2);
    expect(list.shadowRoot?.activeElement?.textContent).to.equal('c');
  });

  it('takes the "new" marks away three seconds after their event has been on screen', async () => {
    clock = useFakeTimers({ toFake: ['setTimeout'] });
    await list.refreshTo(['n1', 'a', 'b', 'c', 'd'].map(event));
    // Frames, not waitUntil: its polling runs on the faked setTimeout.
    for (let frame = 0; frame < 100 && clock.countTimers() === 0; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(marked()).to.deep.equal(['n1']);
    clock.tick(3000);
    await list.updateComplete;
    expect(marked()).to.deep.equal([]);
  });

  it('still takes the "new" marks away when taken off the page and put back before they went', async () => {
    clock = useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const timerSet = async () => {
      for (let frame = 0; frame < 100 && clock?.countTimers() === 0; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    };
    await list.refreshTo(['n1', 'a', 'b', 'c', 'd'].map(event));
    await timerSet();
    list.remove();
    document.body.append(list);
    // What the timeline does when it comes back (chunkedRendering's hostConnected).
    list.requestUpdate();
    await list.updateComplete;
    await timerSet();
    clock.tick(3000);
    await list.updateComplete;
    expect(marked()).to.deep.equal([]);
  });
});

describe('compareEvents', () => {
  it('tells added, changed and removed events apart by id, else by date and title', () => {
    const untitled = (title: string) => ({ date: { iso: '2020', precision: 'year' }, title }) as TimelineEventModel;
    const before = [event('a'), event('b'), untitled('x')];
    const after = [{ ...event('a'), text: 'more' } as TimelineEventModel, untitled('x'), event('c')];
    expect(compareEvents(before, after)).to.deep.equal({ added: ['c'], changed: ['a'], removed: ['b'] });
  });
});
