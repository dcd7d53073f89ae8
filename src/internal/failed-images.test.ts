import { expect, oneEvent } from '@open-wc/testing';
import { restore, stub } from 'sinon';
import '../components/article/article.js';
import '../components/quote/quote.js';
import '../components/timeline/timeline.js';
import type { DocumentType } from '../data/schema.js';
import type { LedeElement } from './lede-element.js';
import { part, readFixture, renderWith } from '../test/test-fixtures.js';

type Json = Record<string, unknown>;

/** A file the test server does not have: it answers 404. */
const MISSING = `${location.origin}/demo/img/missing-image.png`;
const FOUND = `${location.origin}/demo/img/aliyev.svg`;

/**
 * Resolves once the widget has re-rendered after its images named `src` failed to load. The first
 * failure may take the others of the same URL away before they fail, so each is looked for again.
 */
async function failed(element: LedeElement<DocumentType>, src = MISSING): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const image = element.shadowRoot?.querySelector<HTMLImageElement>(`img[src="${src}"]`);
    if (!image) return;
    if (!image.complete) await oneEvent(image, 'error');
    await element.updateComplete;
  }
}

/** Every image the reader would see in the widget's shadow root, nested widgets included. */
function images(root: ParentNode): HTMLImageElement[] {
  return [...root.querySelectorAll('*')].flatMap((node) => [...(node instanceof HTMLImageElement ? [node] : []), ...(node.shadowRoot ? images(node.shadowRoot) : [])]);
}

describe('an image that fails to load', () => {
  beforeEach(() => {
    stub(console, 'warn');
    stub(console, 'error');
  });

  afterEach(() => {
    restore();
    document.body.replaceChildren();
  });

  it("quote: the speaker's initials take the photo's place, in the same circle; debug names the URL", async () => {
    const aliyev = await readFixture('quote-aliyev.ru.json');
    const withImage = (image: string) => ({ ...aliyev, speaker: { ...(aliyev.speaker as Json), image } });
    const shown = await renderWith('lede-quote', withImage(FOUND), 'style="width: 500px"');
    const broken = await renderWith('lede-quote', withImage(MISSING), 'debug style="width: 500px"');
    await failed(broken);
    const avatar = part(broken, 'speaker-image');
    expect(avatar?.localName).to.equal('span');
    expect(avatar?.textContent).to.equal('ИА');
    expect(images(broken.shadowRoot!)).to.deep.equal([]);
    // Nothing moves: the name sits where it does beside a photo that loaded.
    const place = (element: Element, name: string) => {
      const box = part(element, name)!.getBoundingClientRect();
      const host = element.getBoundingClientRect();
      return [box.left - host.left, box.top - host.top, box.width, box.height];
    };
    expect(place(broken, 'speaker-image')).to.deep.equal(place(shown, 'speaker-image'));
    expect(place(broken, 'speaker-name')).to.deep.equal(place(shown, 'speaker-name'));
    expect(part(broken, 'issues')?.textContent).to.contain(`image failed to load: ${MISSING}`);
  });

  it('article: a lead image, a body image and the publisher logo go; their captions stay as text; debug names the URL', async () => {
    const image = { src: MISSING, alt: 'Путин и Алиев', caption: 'Встреча в Душанбе', credit: 'Фото: Кремль', width: 120, height: 80 };
    // Small, so the lazy body image is on screen and loads in every engine.
    const article = {
      type: 'article',
      lang: 'ru',
      headline: 'Заголовок',
      image,
      body: [
        { type: 'paragraph', text: 'Первый абзац.' },
        { type: 'image', ...image, caption: 'Второе фото' },
        { type: 'paragraph', text: 'Второй абзац.' },
      ],
      publisher: { name: 'Издание', logo: MISSING },
    };
    const element = await renderWith('lede-article', article, 'debug');
    await failed(element);
    expect(images(element.shadowRoot!)).to.deep.equal([]);
    expect(part(element, 'image')?.textContent?.trim()).to.equal('Встреча в Душанбе · Фото: Кремль');
    expect(part(element, 'figure')?.textContent?.trim()).to.equal('Второе фото · Фото: Кремль');
    expect(part(element, 'publisher')?.textContent?.trim()).to.equal('Издание');
    expect(part(element, 'issues')?.textContent).to.contain(`image failed to load: ${MISSING}`);
  });

  it("timeline: an event's image goes, its caption stays as text; debug names the URL", async () => {
    const timeline = {
      type: 'timeline',
      lang: 'en',
      events: [
        { date: '2024-12', title: 'Crash', image: { src: MISSING, alt: 'The wreck', caption: 'The wreck near Aktau', credit: 'Reuters' } },
        { date: '2025-01', title: 'Inquiry', image: { src: MISSING, alt: 'A hearing' } },
      ],
    };
    const element = await renderWith('lede-timeline', timeline, 'debug');
    await failed(element);
    expect(images(element.shadowRoot!)).to.deep.equal([]);
    const figures = [...element.shadowRoot!.querySelectorAll('[part~="event-image"]')];
    // With no caption, nothing is left of the second event's image.
    expect(figures.map((figure) => figure.textContent?.trim())).to.deep.equal(['The wreck near Aktau · Reuters']);
    expect(part(element, 'issues')?.textContent).to.contain(`image failed to load: ${MISSING}`);
  });

  it('an image that loads stays, with nothing in debug', async () => {
    const aliyev = await readFixture('quote-aliyev.ru.json');
    const element = await renderWith('lede-quote', { ...aliyev, speaker: { ...(aliyev.speaker as Json), image: FOUND } }, 'debug');
    const image = element.shadowRoot!.querySelector('img')!;
    if (!image.complete) await oneEvent(image, 'load');
    await element.updateComplete;
    expect(part(element, 'speaker-image')).to.equal(image);
    expect(part(element, 'issues')).to.equal(null);
  });
});
