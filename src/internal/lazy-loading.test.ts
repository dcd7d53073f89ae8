import { expect } from '@open-wc/testing';
import { restore, spy, type SinonSpy } from 'sinon';
import '../lede.js';
import type { LedeElement } from './lede-element.js';
import type { DocumentType } from '../data/schema.js';
import { part, readFixture, setData, settled, unmountAll } from '../test/test-fixtures.js';

type Widget = LedeElement<DocumentType>;

/** Puts `markup` two screens below the fold and returns its element. */
function mountBelowFold(markup: string): Widget {
  const container = document.createElement('div');
  container.style.marginTop = `${2 * innerHeight + 1000}px`;
  container.innerHTML = markup;
  document.body.append(container);
  return container.firstElementChild as Widget;
}

// Counts requests as the widget makes them: resource-timing entries can appear after the
// response has been read, which made these counts flaky.
let fetchSpy: SinonSpy<Parameters<typeof fetch>, ReturnType<typeof fetch>>;
const fetched = (url: string) => fetchSpy.getCalls().filter(({ args: [input] }) => String(input instanceof Request ? input.url : input).endsWith(url)).length;
const frames = (count: number) => new Promise<void>((resolve) => {
  const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
  step(count);
});
/**
 * Resolves once an IntersectionObserver of our own, made after the widget's, has had its first
 * report on `target`: the widget's observer has had its own by then, and acted on it.
 */
const intersectionsReported = (target: Element, widget: Widget) =>
  new Promise<void>((resolve) => {
    const observer = new IntersectionObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(target);
  }).then(() => widget.updateComplete);

describe('loading="lazy"', () => {
  beforeEach(() => {
    fetchSpy = spy(window, 'fetch');
  });

  afterEach(() => {
    restore();
    unmountAll();
    scrollTo(0, 0);
  });

  it('fetches src only when the element nears the viewport, keeping the fallback until then', async () => {
    const url = '/demo/data/quote-aliyev.ru.json?lazy-src';
    const quote = mountBelowFold(`<lede-quote loading="lazy" src="${url}"><blockquote>Fallback</blockquote></lede-quote>`);
    await frames(5);
    await intersectionsReported(quote, quote);
    expect(fetched(url)).to.equal(0);
    expect(quote.state).to.equal('loading');
    expect(part(quote, 'text')).to.equal(null);
    expect(quote.shadowRoot!.querySelector('slot')).to.not.equal(null);

    const done = settled(quote);
    quote.scrollIntoView();
    const event = await done;
    expect(event.type).to.equal('lede-load');
    expect(fetched(url)).to.equal(1);
    expect(quote.state).to.equal('ready');
  });

  it('defers rendering data set as a property too', async () => {
    const data = await readFixture('timeline-russia-azerbaijan.ru.json');
    const timeline = mountBelowFold('<lede-timeline loading="lazy"></lede-timeline>');
    setData(timeline, data);
    await frames(5);
    expect(timeline.shadowRoot!.querySelector('li')).to.equal(null);
    expect(timeline.state).to.equal('loading');

    const done = settled(timeline);
    timeline.scrollIntoView();
    await done;
    expect(timeline.shadowRoot!.querySelectorAll('li[data-index]').length).to.be.greaterThan(3);
  });

  it('starts loading a little before the element scrolls into view', async () => {
    const url = '/demo/data/quote-putin.ru.json?lazy-margin';
    const quote = mountBelowFold(`<lede-quote loading="lazy" src="${url}"></lede-quote>`);
    await frames(3);
    expect(fetched(url)).to.equal(0);
    const done = settled(quote);
    // The top of the card stays 300 px below the bottom of the viewport.
    scrollTo(0, quote.getBoundingClientRect().top + scrollY - innerHeight - 300);
    await done;
    expect(quote.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
    expect(fetched(url)).to.equal(1);
  });

  it('loads a lazy widget that is already on screen at once', async () => {
    const quote = document.createElement('lede-quote') as Widget;
    quote.setAttribute('loading', 'lazy');
    const container = document.createElement('div');
    container.append(quote);
    document.body.append(container);
    const done = settled(quote);
    quote.data = await readFixture('quote-putin.ru.json');
    await done;
    expect(quote.state).to.equal('ready');
  });

  it('is eager by default: a widget far below the fold loads at once', async () => {
    const url = '/demo/data/quote-aliyev.ru.json?eager';
    const quote = mountBelowFold(`<lede-quote src="${url}"></lede-quote>`);
    await settled(quote);
    expect(quote.state).to.equal('ready');
    expect(fetched(url)).to.equal(1);
  });

  it('never loads a lazy widget removed before it came near', async () => {
    const url = '/demo/data/quote-aliyev.ru.json?lazy-removed';
    const quote = mountBelowFold(`<lede-quote loading="lazy" src="${url}"></lede-quote>`);
    await frames(3);
    quote.parentElement!.remove();
    scrollTo(0, document.body.scrollHeight);
    await frames(5);
    await intersectionsReported(document.body, quote);
    expect(fetched(url)).to.equal(0);
    expect(quote.state).to.equal('loading');
  });
});
