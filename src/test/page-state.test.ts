import { expect } from '@open-wc/testing';
import { stub } from 'sinon';
import '../lede.js';
import type { LedeElement } from '../internal/lede-element.js';
import type { DocumentType } from '../data/schema.js';
import { mount, pageErrors, part, quietWidgets, readFixture, renderWith, settled } from './test-fixtures.js';

type Widget = LedeElement<DocumentType>;

/** Issue 17: what the data and the page give that a call could throw on; none of it reaches the page. */
describe('throwing calls fed by data or the page', () => {
  const thrown = pageErrors();
  quietWidgets();

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  for (const lang of ['en-x-internal', 'en-u-ca-gregory', 'en-t-ru', 'de-DE-1996']) {
    it(`names a translation tagged ${lang} (valid BCP 47 that Intl.DisplayNames may refuse)`, async () => {
      const quote = await readFixture<Record<string, any>>('quote-aliyev.ru.json');
      const widget = await renderWith<Widget>('lede-quote', { ...quote, translation: { ...quote.translation, lang } }, 'lang="ru"');
      await nextFrame();
      expect(thrown).to.deep.equal([]);
      expect(widget.state).to.equal('ready');
      expect(part(widget, 'translation-toggle')?.textContent?.trim()).to.match(/^Показать перевод \(.+\)$/);
    });
  }

  for (const tag of ['lede-quote', 'lede-timeline', 'lede-article']) {
    it(`<${tag}> with locale="x-!!" speaks the next language in line`, async () => {
      const fixture = { 'lede-quote': 'quote-aliyev.ru.json', 'lede-timeline': 'timeline-russia-azerbaijan.ru.json', 'lede-article': 'sample-article.ar.json' }[tag]!;
      const widget = await renderWith<Widget>(tag, await readFixture(fixture), 'locale="x-!!"');
      await nextFrame();
      expect(thrown).to.deep.equal([]);
      expect(widget.state).to.equal('ready');
    });

    it(`<${tag}> with a src that is no URL fails as fetch-failed`, async () => {
      const widget = mount<Widget>(`<${tag} src="http://[::1"></${tag}>`);
      expect((await settled(widget)).detail.code).to.equal('fetch-failed');
      await nextFrame();
      expect(thrown).to.deep.equal([]);
    });

    it(`<${tag}> under a page whose Intl throws shows the error notice, and nothing reaches the page`, async () => {
      // A page's broken Intl polyfill: any render may meet code that throws.
      stub(Intl.DateTimeFormat.prototype, 'formatToParts').throws(new RangeError('polyfill broke'));
      stub(Intl.DateTimeFormat.prototype, 'format').throws(new RangeError('polyfill broke'));
      const fixture = { 'lede-quote': 'quote-aliyev.ru.json', 'lede-timeline': 'timeline-russia-azerbaijan.ru.json', 'lede-article': 'sample-article.ar.json' }[tag]!;
      const widget = mount<Widget>(`<${tag}></${tag}>`);
      const failed = settled(widget);
      widget.data = await readFixture(fixture);
      expect((await failed).type).to.equal('lede-error');
      await nextFrame();
      expect(thrown).to.deep.equal([]);
      expect(widget.state).to.equal('error');
      expect(part(widget, 'notice')).to.not.equal(null);
    });
  }
});
