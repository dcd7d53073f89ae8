import { expect, waitUntil } from '@open-wc/testing';
import { restore, stub } from 'sinon';
import '../components/quote/quote.js';
import type { LedeQuote } from '../components/quote/quote.component.js';
import { part, readFixture, settled } from '../test/test-fixtures.js';

/**
 * HTML as `lede/ssr` writes it with a `src` attribute: a declarative shadow root
 * and no inline document. The widget fetches `src`; until the document is ready
 * the server's render stays, so nothing on the page moves or blinks.
 */
describe('server-rendered HTML with src', () => {
  let respond: (response: Response) => void;
  let quote: Record<string, unknown>;

  beforeEach(async () => {
    quote = await readFixture('quote-aliyev.ru.json');
    stub(console, 'error');
    stub(console, 'warn');
    stub(window, 'fetch').callsFake(() => new Promise<Response>((resolve) => (respond = resolve)));
  });

  afterEach(() => {
    restore();
    document.body.replaceChildren();
  });

  function serverRendered(): LedeQuote {
    const container = document.createElement('div');
    container.setHTMLUnsafe(
      '<lede-quote src="/demo/data/quote-aliyev.ru.json"><template shadowrootmode="open"><p id="server">«Мы знаем, что произошло»</p></template></lede-quote>',
    );
    document.body.append(container);
    return container.firstElementChild as LedeQuote;
  }

  const serverText = (element: Element) => element.shadowRoot?.querySelector('#server');

  it("keeps the server's render while src loads, then shows the fetched document in its place", async () => {
    const element = serverRendered();
    await element.updateComplete;
    expect(element.state).to.equal('loading');
    expect(serverText(element)?.getClientRects().length, 'the server render is on screen').to.equal(1);

    const loaded = settled(element);
    respond(new Response(JSON.stringify(quote), { headers: { 'content-type': 'application/json' } }));
    expect((await loaded).type).to.equal('lede-load');
    expect(serverText(element)).to.equal(null);
    expect(part(element, 'text')?.textContent).to.contain(String(quote.text));
    expect(element.shadowRoot?.querySelectorAll('blockquote')).to.have.length(1);
  });

  it('keeps a server render that the parser attaches after lede.js has run (the script in the head)', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="ru"><head><script src="/dist/lede.js"></script></head><body>
      <lede-quote src="/fault/slow?ms=1000"><template shadowrootmode="open"><p id="server">«Мы знаем, что произошло»</p></template></lede-quote>
      <p>Абзац после цитаты.</p></body></html>`;
    document.body.append(frame);
    const upgraded = () => frame.contentDocument?.querySelector<LedeQuote>('lede-quote[state]');
    await waitUntil(upgraded, 'lede.js upgrades the quote in the frame', { interval: 10, timeout: 10_000 });
    const element = upgraded()!;
    expect(element.querySelector('template'), 'the declarative shadow root was attached, not left as a template').to.equal(null);
    expect(element.state).to.equal('loading');
    expect(serverText(element)?.getClientRects().length, 'the server render is on screen').to.equal(1);
    await settled(element);
    expect(serverText(element)).to.equal(null);
    expect(part(element, 'text')?.textContent).to.contain(String(quote.text));
  });

  it("leaves the server's render on screen when src fails, without a notice over it", async () => {
    const element = serverRendered();
    await element.updateComplete;
    const failed = settled(element);
    respond(new Response('gone', { status: 404 }));
    expect((await failed).detail.code).to.equal('fetch-failed');
    await element.updateComplete;
    expect(element.state).to.equal('error');
    expect(serverText(element)?.getClientRects().length).to.equal(1);
    expect(part(element, 'notice')).to.equal(null);
  });
});
