import { expect } from '@open-wc/testing';
import { restore, stub } from 'sinon';
import { part, renderWith } from '../test/test-fixtures.js';
import '../components/article/article.js';
import '../components/quote/quote.js';
import '../components/timeline/timeline.js';
import type { LedeElement } from './lede-element.js';
import type { DocumentType } from '../data/schema.js';

type Direction = 'ltr' | 'rtl';

/** Where the text of `node` starts on its line: the right edge of its words in a right-to-left widget, the left edge otherwise. */
function textStart(node: Element, dir: Direction): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  const words = range.getBoundingClientRect();
  return dir === 'rtl' ? words.right : words.left;
}

/** Where a chip (a legend button, a tag) starts: its box, since its words sit inside its padding. */
function boxStart(node: Element, dir: Direction): number {
  const box = node.getBoundingClientRect();
  return dir === 'rtl' ? box.right : box.left;
}

/**
 * Each case: a widget in one direction, blocks of text in the other, and the block
 * whose text start they must share (the event title, the speaker's name, the headline).
 */
const LATIN = {
  place: 'Mill Bridge, Eastbrook',
  text: 'Reported by the Eastbrook Gazette.',
  caption: 'Photo: Eastbrook Gazette',
  role: 'Mayor of Eastbrook',
  source: 'Eastbrook Gazette',
  context: 'Said at the opening of the bridge.',
  tag: 'Eastbrook',
};
const ARABIC = {
  place: 'جسر الطاحونة، إيستبروك',
  text: 'نقلًا عن صحيفة إيستبروك.',
  caption: 'الصورة: صحيفة إيستبروك',
  role: 'رئيس بلدية إيستبروك',
  source: 'صحيفة إيستبروك',
  context: 'قيل عند افتتاح الجسر.',
  tag: 'إيستبروك',
};

const cases: ReadonlyArray<{ name: string; lang: string; dir: Direction; own: string; other: typeof LATIN }> = [
  { name: 'Latin text in an Arabic widget', lang: 'ar', dir: 'rtl', own: 'افتتاح الجسر', other: LATIN },
  { name: 'Arabic text in an English widget', lang: 'en', dir: 'ltr', own: 'The bridge opens', other: ARABIC },
];

describe('mixed-direction text lines up on the widget’s start side', () => {
  beforeEach(() => {
    stub(console, 'warn');
    stub(console, 'error');
  });

  afterEach(() => {
    restore();
    document.body.replaceChildren();
  });

  const render = <E extends LedeElement<DocumentType>>(tag: string, data: unknown) => renderWith<E>(tag, data, '', 'width: 40rem');

  /**
   * Asserts that each named block's text, and each chip, starts where `reference`'s text
   * does, within a pixel and a half.
   */
  function expectAligned(
    element: Element,
    reference: string,
    dir: Direction,
    blocks: Record<string, Element | null | undefined>,
    chips: Record<string, Element | null | undefined> = {},
  ): void {
    const start = textStart(part(element, reference)!, dir);
    const measured = [
      ...Object.entries(blocks).map(([name, node]) => [name, node, textStart] as const),
      ...Object.entries(chips).map(([name, node]) => [name, node, boxStart] as const),
    ];
    for (const [name, node, startOf] of measured) {
      expect(node, name).to.exist;
      expect(node!.textContent?.trim(), name).not.to.equal('');
      const offset = startOf(node!, dir) - start;
      expect(Math.abs(offset), `${name} starts ${offset.toFixed(1)} px from the ${reference}`).to.be.below(1.5);
    }
  }

  for (const { name, lang, dir, own, other } of cases) {
    describe(name, () => {
      it('timeline: location, text, caption and legend start where the title does', async () => {
        const element = await render('lede-timeline', {
          type: 'timeline',
          lang,
          title: own,
          categories: { other: { label: other.tag } },
          events: [
            {
              date: '2024-05-01',
              title: own,
              location: other.place,
              text: other.text,
              category: 'other',
              image: { src: '/demo/img/putin.svg', alt: '', caption: other.caption, width: 96, height: 96 },
              sources: [{ name: other.source }],
            },
          ],
        });
        expect(part(element, 'base')?.getAttribute('dir')).to.equal(dir);
        expectAligned(element, 'event-title', dir, {
          location: part(element, 'location'),
          'event-text': part(element, 'event-text'),
          caption: element.shadowRoot?.querySelector('figcaption'),
          sources: part(element, 'sources'),
        });
        expectAligned(element, 'title', dir, {}, { 'legend chip': part(element, 'legend')?.querySelector('button') });
      });

      it('quote: role, source and context start where the speaker’s name does', async () => {
        const element = await render('lede-quote', {
          type: 'quote',
          lang,
          text: own,
          speaker: { name: own, role: other.role },
          source: { name: other.source },
          context: other.context,
        });
        expectAligned(element, 'speaker-name', dir, {
          role: part(element, 'speaker-role'),
          source: part(element, 'source'),
          context: part(element, 'context'),
        });
      });

      it('compact quote: the dash before the role stands between the name and the role', async () => {
        const element = await renderWith('lede-quote', { type: 'quote', lang, text: own, speaker: { name: own, role: other.role } }, 'variant="compact"', 'width: 40rem');
        const words = (node: Element) => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return range.getBoundingClientRect();
        };
        const [name, role] = [words(part(element, 'speaker-name')!), words(part(element, 'speaker-role')!)];
        // On one line; the gap holds " — ", which would otherwise sit on the role's far side.
        expect(Math.abs(name.top - role.top)).to.be.below(2);
        const gap = dir === 'rtl' ? name.left - role.right : role.left - name.right;
        expect(gap).to.be.above(8);
      });

      it('article: captions and tags start where the headline does', async () => {
        const element = await render('lede-article', {
          type: 'article',
          lang,
          headline: own,
          body: [
            { type: 'paragraph', text: own },
            { type: 'image', src: '/demo/img/aliyev.svg', alt: '', caption: other.caption, width: 96, height: 96 },
          ],
          tags: [other.tag, own],
        });
        expectAligned(element, 'headline', dir, { caption: element.shadowRoot?.querySelector('figcaption') }, { 'first tag': part(element, 'tags')?.querySelector('li') });
      });
    });
  }
});
