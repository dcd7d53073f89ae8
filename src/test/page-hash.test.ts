import { expect, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import '../lede.js';
import type { LedeElement } from '../internal/lede-element.js';
import type { DocumentType } from '../data/schema.js';
import { pageErrors, readFixture, renderWith, unmountAll } from './test-fixtures.js';

type Widget = LedeElement<DocumentType>;

/** Issue 17: whatever the page's URL fragment holds, no widget throws into the page or goes blank. */
const TAGS = [
  ['lede-timeline', 'timeline-russia-azerbaijan.ru.json'],
  ['lede-quote', 'quote-aliyev.ru.json'],
  ['lede-article', 'sample-article.ar.json'],
] as const;

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const escapeLike = fc.constantFrom('%', '%%', '%E0', '%E0%A4%A', '%C3%28', '%zz', '%ED%A0%80', '#', '-', '%20');
/** Fragments: any Unicode, lone surrogates, broken percent escapes, 100 KB; after a real event's anchor or alone. */
const fragment = (anchor: string) =>
  fc.tuple(
    fc.constantFrom('', anchor),
    fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.oneof(escapeLike, loneSurrogate, fc.string({ unit: 'grapheme', maxLength: 1 })) }),
      fc.constantFrom('', '#', '%', '100%', 'x'.repeat(100 * 1024), `%${'x'.repeat(100 * 1024)}`),
    ),
  ).map(([start, rest]) => start + rest);

const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

describe('the page URL fragment', () => {
  const thrown = pageErrors();
  afterEach(() => {
    clearHash();
    unmountAll();
  });

  /** What a reader would see: the widget rendered, with content and height. */
  async function expectShown(widget: Widget, hash: string): Promise<void> {
    await widget.updateComplete;
    // An error thrown in a task (a listener) or a rejected update is reported after the current one.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(thrown, `#${hash.slice(0, 40)}`).to.deep.equal([]);
    expect(widget.state).to.equal('ready');
    expect(widget.shadowRoot?.querySelector('.lede')?.textContent?.trim()).to.not.equal('');
    expect(widget.getBoundingClientRect().height).to.be.greaterThan(0);
  }

  for (const [tag, fixture] of TAGS) {
    it(`<${tag}> renders under any fragment, set before it loads or after`, async function () {
      this.timeout(60_000); // 25 widgets rendered, on a machine that may be busy
      const data = await readFixture<{ id?: string; events?: Array<{ id: string }> }>(fixture);
      const anchor = data.events ? `${data.id}-${data.events[2].id}` : 'x';
      // Each fragment is set with location.hash, as a reader's link would: the widget made before
      // meets it after loading (hashchange), the one made next before loading. (WebKit allows only
      // 100 history.replaceState calls in 10 s.)
      let previous: Widget | undefined;
      await fc.assert(
        fc.asyncProperty(fragment(anchor), async (hash) => {
          const before = location.href;
          const changed = oneEvent(window, 'hashchange');
          location.hash = hash;
          // The same fragment again is no navigation, and fires no hashchange.
          if (location.href !== before) await changed;
          if (previous) await expectShown(previous, hash);
          previous?.parentElement?.remove();
          previous = await renderWith<Widget>(tag, data);
          await expectShown(previous, hash);
        }),
        { numRuns: 25 },
      );
    });
  }
});
