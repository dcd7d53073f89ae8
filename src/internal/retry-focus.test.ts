import { expect } from '@open-wc/testing';
import { restore, stub } from 'sinon';
import '../components/quote/quote.js';
import type { LedeQuote } from '../components/quote/quote.component.js';
import { holdFetch, mount, part, readFixture, settled } from '../test/test-fixtures.js';

/** The retry control's press: where focus goes once the retried load ends (docs/widgets.md). */
describe('retry focus', () => {
  let aliyev: Record<string, unknown>;

  beforeEach(async () => {
    aliyev = await readFixture('quote-aliyev.ru.json');
    stub(console, 'error');
  });
  afterEach(() => {
    restore();
    document.body.replaceChildren();
  });

  it('loads again from the retry control once the server recovers, and focus goes on to the card', async () => {
    const element = mount<LedeQuote>(`<lede-quote src="/fault/flaky?key=${Math.random()}"></lede-quote>`);
    expect((await settled(element)).type).to.equal('lede-error');
    const done = settled(element);
    part(element, 'retry')?.focus();
    part(element, 'retry')?.click();
    expect((await done).type).to.equal('lede-load');
    await element.updateComplete;
    expect(element.state).to.equal('ready');
    expect(part(element, 'notice')).to.equal(null);
    // Booleans, not elements: chai would print a whole tree in its message.
    expect(document.activeElement === element, 'the card, not the page, has focus').to.equal(true);
    const focused = element.shadowRoot?.activeElement;
    expect(!!focused?.contains(part(element, 'base')), 'the card\'s content has it').to.equal(true);
    (focused as HTMLElement).blur();
    expect(focused?.hasAttribute('tabindex'), 'and it leaves no tab stop behind').to.equal(false);
  });
  it('leaves focus where the reader took it while the retry loaded', async () => {
    const held = holdFetch();
    const element = mount<LedeQuote>('<lede-quote src="/held/flaky"></lede-quote>');
    const failed = settled(element);
    (await held.next()).answer('down', { status: 500 });
    await failed;
    const input = document.createElement('input');
    element.after(input);
    const done = settled(element);
    part(element, 'retry')?.focus();
    part(element, 'retry')?.click();
    const retry = await held.next();
    input.focus();
    retry.answer(aliyev);
    expect((await done).type).to.equal('lede-load');
    await element.updateComplete;
    expect(document.activeElement === input, 'focus stays in the field').to.equal(true);
    input.remove();
  });
  it('keeps focus on the retry control when the retry fails too', async () => {
    const element = mount<LedeQuote>('<lede-quote src="/fault/500"></lede-quote>');
    await settled(element);
    const failed = settled(element);
    part(element, 'retry')?.focus();
    part(element, 'retry')?.click();
    await failed;
    await element.updateComplete;
    expect(element.shadowRoot?.activeElement === part(element, 'retry'), 'the new retry has focus').to.equal(true);
  });
});
