import { expect } from '@open-wc/testing';
import { restore, stub } from 'sinon';
import '../lede.js';
import { readFixture, settled, unmountAll } from './test-fixtures.js';

/** docs/security.md: one broken widget leaves the others working, and none throws into the page. */
describe('100 widgets on one page, 5 broken', () => {
  afterEach(() => {
    restore();
    unmountAll();
  });

  it('renders the 95, shows the fallback of the 5, and the page sees no exception', async () => {
    stub(console, 'error');
    stub(console, 'warn');
    const [quote, timeline, article] = await Promise.all(['quote-aliyev.ru.json', 'timeline-russia-azerbaijan.ru.json', 'sample-article.ar.json'].map((name) => readFixture(name)));
    const thrown: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => thrown.push('error' in event ? event.error : event.reason);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onError);
    const container = document.createElement('div');
    const good = ['lede-quote', 'lede-timeline', 'lede-article'];
    const data = [quote, timeline, article];
    for (let i = 0; i < 95; i++) {
      const element = document.createElement(good[i % 3]) as HTMLElement & { data: unknown };
      element.data = data[i % 3];
      container.append(element);
    }
    const broken = [
      '<lede-quote src="/fault/500"><p>fallback</p></lede-quote>',
      '<lede-timeline src="/fault/not-json"><p>fallback</p></lede-timeline>',
      '<lede-article><script type="application/json">{"type": "article",</script><p>fallback</p></lede-article>',
      '<lede-quote><script type="application/json">{"type": "timeline", "events": []}</script><p>fallback</p></lede-quote>',
      '<lede-timeline src="/fault/drop"><p>fallback</p></lede-timeline>',
    ];
    container.insertAdjacentHTML('beforeend', broken.join(''));
    const elements = [...container.children];
    const done = Promise.all(elements.map(settled));
    document.body.append(container);
    await done;
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onError);
    expect(thrown).to.deep.equal([]);
    expect(elements.filter((element) => element.getAttribute('state') === 'ready').length).to.equal(95);
    const failed = elements.slice(95);
    expect(failed.map((element) => element.getAttribute('state'))).to.deep.equal(Array(5).fill('error'));
    for (const element of failed) {
      expect(element.shadowRoot?.querySelector('slot')?.assignedElements().find((child) => child.localName === 'p')?.textContent).to.equal('fallback');
    }
  });
});
