import { expect, oneEvent } from '@open-wc/testing';
import { restore, stub, type SinonStub } from 'sinon';
import '../lede.js';
import type { LedeQuote } from '../components/quote/quote.component.js';
import type { LedeEventMap } from '../events.js';
import type { LedeElement } from './lede-element.js';
import type { DocumentType } from '../data/schema.js';
import { mount, part, readFixture, renderWith, setData, settled } from '../test/test-fixtures.js';

type Json = Record<string, unknown>;
type Widget = LedeElement<DocumentType>;

/** What console.warn was given, one line per call. */
const lines = (spy: SinonStub) => spy.getCalls().map((call) => call.args.join(' '));

describe('LedeElement: mistakes are told, naming the element', () => {
  let warn: SinonStub;
  let error: SinonStub;
  let aliyev: Json;
  const mounted: Element[] = [];
  const place = <E extends Widget>(markup: string): E => {
    const element = mount<E>(markup);
    mounted.push(element.parentElement ?? element);
    return element;
  };

  beforeEach(async () => {
    warn = stub(console, 'warn');
    error = stub(console, 'error');
    aliyev = await readFixture('quote-aliyev.ru.json');
  });
  afterEach(() => {
    for (const element of mounted.splice(0)) element.remove();
    restore();
  });

  it('renders a document with a misspelt field, warns once with its path and the nearest name, and lists it in debug', async () => {
    const quote = place('<lede-quote id="q1" debug></lede-quote>');
    const loaded = oneEvent(quote, 'lede-load');
    setData(quote, { ...aliyev, contxt: 'Из интервью' });
    const { detail } = await loaded;
    expect(quote.state).to.equal('ready');
    expect(part(quote, 'speaker')?.textContent).to.contain('Ильхам Алиев');
    expect(detail.issues).to.deep.equal([{ path: 'contxt', message: 'unknown field; did you mean `context`?', severity: 'warning' }]);
    expect(lines(warn)).to.deep.equal(['<lede-quote id="q1"> contxt: unknown field; did you mean `context`?']);
    expect(part(quote, 'issues')?.textContent?.replace(/\s+/g, ' ')).to.contain('contxt unknown field; did you mean `context`?');
    const again = oneEvent(quote, 'lede-load');
    quote.reload();
    await again;
    expect(warn.callCount).to.equal(1);
  });

  it('names the element, its id and src in an error', async () => {
    const bad = place('<lede-quote id="card-3"></lede-quote>');
    const failed = oneEvent(bad, 'lede-error');
    setData(bad, { ...aliyev, speaker: 'Алиев' });
    await failed;
    expect(error.firstCall.args[0]).to.equal('<lede-quote id="card-3">');
    expect(error.firstCall.args.join(' ')).to.contain('speaker: must be an object');
    const missing = place('<lede-timeline id="t" src="/demo/data/no-such-file.json"></lede-timeline>');
    await oneEvent(missing, 'lede-error');
    expect(error.secondCall.args[0]).to.equal('<lede-timeline id="t" src="/demo/data/no-such-file.json">');
  });

  it('names each dropped item in the error of a list with no valid item left', async () => {
    const timeline = place('<lede-timeline></lede-timeline>');
    const failed = oneEvent(timeline, 'lede-error');
    setData(timeline, { type: 'timeline', events: [{ date: '2024', headline: 'x' }, { title: 'y' }] });
    await failed;
    expect(error.firstCall.args.join(' ')).to.equal(
      '<lede-timeline> could not show its data: events: no valid item left (events[0].title: is required; events[1].date: is required)',
    );
    expect(lines(warn)).to.include('<lede-timeline> events[0].headline: unknown field');
  });

  it('warns about a misspelt attribute, naming the one it resembles, and not about the page\'s own attributes', async () => {
    const quote = place(
      '<lede-quote id="q2" scr="/demo/data/quote-aliyev.ru.json" class="card" style="color: black" title="t" lang="ru" data-x="1" aria-label="Цитата" tabindex="0" debug></lede-quote>',
    );
    const loaded = oneEvent(quote, 'lede-load');
    setData(quote, aliyev);
    await loaded;
    expect(lines(warn)).to.deep.equal(['<lede-quote id="q2"> unknown attribute "scr"; did you mean "src"?']);
    expect(part(quote, 'issues')?.textContent).to.contain('unknown attribute "scr"; did you mean "src"?');
    const timeline = place('<lede-timeline colapsed-after="3" loading="lazy"></lede-timeline>');
    expect(lines(warn)).to.include('<lede-timeline> unknown attribute "colapsed-after"; did you mean "collapsed-after"?');
    expect(lines(warn).filter((line) => line.startsWith('<lede-timeline>'))).to.have.length(1);
    timeline.remove();
    document.body.append(timeline);
    mounted.push(timeline);
    expect(warn.callCount).to.equal(2);
  });

  it('warns once about an element given no data, in the console and in debug, and not about one whose data comes right after', async () => {
    const timeline = await readFixture('timeline-russia-azerbaijan.ru.json');
    const told = new Promise((resolve) => warn.callsFake(resolve));
    const empty = place<Widget>('<lede-quote id="empty" debug></lede-quote>');
    const late = document.createElement('lede-timeline');
    mounted.push(late);
    document.body.append(late);
    const lateLoaded = settled(late);
    setData(late, timeline);
    const microtaskLate = document.createElement('lede-quote');
    mounted.push(microtaskLate);
    document.body.append(microtaskLate);
    await Promise.resolve();
    setData(microtaskLate, aliyev);
    await told;
    // The other elements' checks were queued in the same frame, before this task.
    await new Promise((resolve) => setTimeout(resolve));
    await lateLoaded;
    expect(lines(warn)).to.deep.equal([
      '<lede-quote id="empty"> no data: set its `data` property, put a <script type="application/json"> in it or give it a `src`',
    ]);
    expect(empty.state).to.equal('loading');
    await empty.updateComplete;
    expect(part(empty, 'issues')?.textContent).to.contain('no data');
    const loaded = oneEvent(empty, 'lede-load');
    setData(empty, aliyev);
    await loaded;
    expect(part(empty, 'issues')).to.equal(null);
  });
});

/** Where a widget's document comes from (a quote card stands for every widget): docs/widgets.md. */
describe('LedeElement: data from the property, inline JSON or src', () => {
  let aliyev: Json;

  beforeEach(async () => {
    aliyev = await readFixture('quote-aliyev.ru.json');
    stub(console, 'warn');
    stub(console, 'error');
  });
  afterEach(() => {
    restore();
    document.body.replaceChildren();
  });

  it('renders from the data property and reports no issues', async () => {
    const element = document.createElement('lede-quote');
    const loaded = oneEvent(element, 'lede-load') as Promise<LedeEventMap['lede-load']>;
    setData(element, aliyev);
    document.body.append(element);
    const { detail } = await loaded;
    expect(detail.issues).to.deep.equal([]);
    expect(detail.data).to.equal(aliyev);
    expect(element.state).to.equal('ready');
    expect(element.getAttribute('state')).to.equal('ready');
    expect(part(element, 'speaker-name')?.textContent).to.equal('Ильхам Алиев');
    expect(part(element, 'speaker-role')?.textContent).to.equal('президент Азербайджана');
  });
  it('renders from inline JSON in a child script', async () => {
    const element = mount<LedeQuote>(`<lede-quote><script type="application/json">${JSON.stringify(aliyev)}</script></lede-quote>`);
    await settled(element);
    expect(part(element, 'text')?.textContent).to.contain('история для детского сада');
  });
  it('renders inline JSON as soon as the parser has read it, before the rest of the page', async () => {
    // A partner's page: the script in the head, the element with its data further down, then
    // more of the page. The widget is drawn before the parser goes on (so, most often, before
    // the first paint: nothing below it moves), not at DOMContentLoaded.
    const json = JSON.stringify(aliyev).replace(/</g, '\\u003c');
    const frame = document.createElement('iframe');
    const seen = new Promise<{ state: string | null; readyState: string; text: string }>((resolve) => {
      addEventListener('message', function onMessage(event) {
        if (event.source !== frame.contentWindow) return;
        removeEventListener('message', onMessage);
        resolve(event.data);
      });
    });
    frame.srcdoc = `<!doctype html><html lang="ru"><head><script src="${location.origin}/dist/lede.js"></script></head><body>
      <lede-quote><script type="application/json">${json}</script><p>fallback</p></lede-quote>
      <script>
        const quote = document.querySelector('lede-quote');
        parent.postMessage({ state: quote.getAttribute('state'), readyState: document.readyState, text: quote.shadowRoot.textContent }, '*');
      </script><p>The rest of the partner's page.</p></body></html>`;
    document.body.append(frame);
    const { state, readyState, text } = await seen;
    expect(readyState).to.equal('loading');
    expect(state).to.equal('ready');
    expect(text).to.contain('история для детского сада');
  });
  it('renders from src, resolving relative URLs against the document\'s URL', async () => {
    const element = mount<LedeQuote>('<lede-quote src="/demo/data/quote-aliyev.ru.json"></lede-quote>');
    await settled(element);
    expect(element.state).to.equal('ready');
    expect(part(element, 'speaker-image')?.getAttribute('src')).to.equal(`${location.origin}/demo/img/aliyev.svg`);
  });
  it('prefers data over inline JSON over src', async () => {
    const other = { ...aliyev, speaker: { name: 'Inline' } };
    const element = mount<LedeQuote>(`<lede-quote src="/fault/echo"><script type="application/json">${JSON.stringify(other)}</script></lede-quote>`);
    await settled(element);
    expect(part(element, 'speaker-name')?.textContent).to.equal('Inline');
    const done = settled(element);
    setData(element, { ...aliyev, speaker: { name: 'Property' } });
    await done;
    expect(part(element, 'speaker-name')?.textContent).to.equal('Property');
  });
  it('fetches src without cookies', async () => {
    document.cookie = 'lede-test=secret; path=/';
    const element = mount<LedeQuote>('<lede-quote src="/fault/echo"></lede-quote>');
    await settled(element);
    expect(part(element, 'text')?.textContent).to.contain('cookie:none');
    document.cookie = 'lede-test=; path=/; max-age=0';
  });
  it('shows fallback content until it renders, then only the card', async () => {
    const element = mount<LedeQuote>('<lede-quote src="/fault/slow?ms=300"><blockquote>«Мы знаем…» — Ильхам Алиев</blockquote></lede-quote>');
    await element.updateComplete;
    const slot = element.shadowRoot?.querySelector('slot');
    expect(slot?.assignedElements().map((node) => node.tagName)).to.deep.equal(['BLOCKQUOTE']);
    await settled(element);
    expect(element.shadowRoot?.querySelector('slot')).to.equal(null);
    expect(part(element, 'base')).not.to.equal(null);
  });
});

describe('LedeElement: data it cannot show', () => {
  let aliyev: Json;
  let error: SinonStub;
  const quoteWith = (data: unknown, attributes = '') => renderWith<LedeQuote>('lede-quote', data, attributes);

  beforeEach(async () => {
    aliyev = await readFixture('quote-aliyev.ru.json');
    error = stub(console, 'error');
    stub(console, 'warn');
  });
  afterEach(() => {
    restore();
    document.body.replaceChildren();
  });

  it('rejects an invalid document: state, event with JSON paths, one console.error, a notice without retry', async () => {
    const element = await quoteWith({ type: 'quote', text: '', speaker: { role: 'x' } }, 'locale="en"');
    expect(element.state).to.equal('error');
    expect(error.callCount).to.equal(1);
    expect(error.firstCall.args.join(' ')).to.contain('text: is required').and.contain('speaker.name: is required');
    expect(part(element, 'notice')?.textContent).to.contain('could not be shown');
    expect(part(element, 'retry')).to.equal(null);
  });
  it('reports invalid-data and unsupported-version codes', async () => {
    const element = mount<LedeQuote>('<lede-quote></lede-quote>');
    let result = settled(element);
    setData(element, { ...aliyev, version: 3 });
    expect((await result).detail.code).to.equal('unsupported-version');
    result = settled(element);
    setData(element, 'not an object');
    const { detail } = await result;
    expect(detail.code).to.equal('invalid-data');
    expect(detail.issues).to.deep.equal([{ path: '', message: 'the document must be a JSON object', severity: 'error' }]);
  });
  it('reports inline JSON that does not parse', async () => {
    const element = mount<LedeQuote>('<lede-quote><script type="application/json">{"type": "quote",</script></lede-quote>');
    const { detail } = await settled(element);
    expect(detail.code).to.equal('invalid-data');
  });
  it('leaves other widgets on the page working when one is broken', async () => {
    const broken = mount<LedeQuote>('<lede-quote></lede-quote>');
    const working = mount<LedeQuote>('<lede-quote></lede-quote>');
    const results = Promise.all([settled(broken), settled(working)]);
    setData(broken, { type: 'quote' });
    setData(working, aliyev);
    await results;
    expect(broken.state).to.equal('error');
    expect(working.state).to.equal('ready');
  });
});
