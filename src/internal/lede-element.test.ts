import { expect, oneEvent } from '@open-wc/testing';
import { restore, stub, type SinonStub } from 'sinon';
import '../lede.js';
import type { LedeElement } from './lede-element.js';
import type { DocumentType } from '../data/schema.js';
import { mount, part, readFixture, setData, settled } from './test-fixtures.js';

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
