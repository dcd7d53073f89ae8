import { expect } from '@open-wc/testing';
import '../lede.js';
import type { LedeElement } from '../internal/lede-element.js';
import type { DocumentType } from '../data/schema.js';
import { allRendered, mount, readFixture, setData, settled, unmountAll } from './test-fixtures.js';

type Widget = LedeElement<DocumentType>;
interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary: string }[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResult> };
  }
}

async function loadAxe(): Promise<void> {
  if (window.axe) return;
  await new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
}

/** WCAG 2.2 A and AA, as axe checks them (colour contrast included, through shadow roots). */
async function violations(element: Element): Promise<string[]> {
  const result = await window.axe.run(element, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, rules: { region: { enabled: false } } });
  return result.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(node.target)}: ${node.failureSummary}`));
}

async function show(tag: string, data: unknown, attributes: string): Promise<Widget> {
  const element = mount<Widget>(`<${tag} ${attributes}></${tag}>`);
  const done = settled(element);
  setData(element, data);
  await done;
  // Nested quotes and timelines of an article render on their own.
  await allRendered(element);
  return element;
}

const THEMES = ['light', 'dark'];

describe('axe: no WCAG 2.2 AA violations', () => {
  before(loadAxe);
  afterEach(unmountAll);

  for (const theme of THEMES) {
    for (const [name, fixture] of [['ru', 'dushanbe-meeting.ru.json'], ['en', 'dushanbe-meeting.en.json'], ['ar', 'sample-article.ar.json']]) {
      it(`article, ${name}, ${theme}`, async () => {
        const element = await show('lede-article', await readFixture(fixture), `theme="${theme}"`);
        expect(await violations(element)).to.deep.equal([]);
      });
    }

    for (const variant of ['card', 'pull', 'compact']) {
      it(`quote ${variant}, ${theme}`, async () => {
        const quote = await readFixture('quote-aliyev.ru.json');
        const element = await show('lede-quote', { ...quote, speaker: { ...(quote.speaker as object), image: '/demo/img/aliyev.svg' } }, `theme="${theme}" variant="${variant}" shareable`);
        expect(await violations(element)).to.deep.equal([]);
      });
    }

    for (const layout of ['vertical', 'horizontal']) {
      for (const language of ['ru', 'en']) {
        it(`timeline ${layout}, ${language}, ${theme}`, async () => {
          const element = await show('lede-timeline', await readFixture(`timeline-russia-azerbaijan.${language}.json`), `theme="${theme}" layout="${layout}" shareable collapsed-after="4" style="width: 900px; display: block"`);
          expect(await violations(element)).to.deep.equal([]);
        });
      }
    }

    it(`error notice with retry and the debug list, ${theme}`, async () => {
      const element = mount<Widget>(`<lede-quote theme="${theme}" src="/fault/500" debug locale="ar"></lede-quote>`);
      await settled(element);
      expect(await violations(element)).to.deep.equal([]);
    });

    it(`loading state, ${theme}`, async () => {
      const element = mount<Widget>(`<lede-timeline theme="${theme}" src="/fault/slow?ms=2000"><p>Хроника загружается…</p></lede-timeline>`);
      await element.updateComplete;
      expect(element.state).to.equal('loading');
      expect(await violations(element)).to.deep.equal([]);
    });
  }

  it('keeps text readable whatever accent colour a partner sets (the accent is never text colour)', async () => {
    for (const accent of ['#ffee00', '#ffffff', '#000000', '#18181b']) {
      for (const theme of THEMES) {
        const style = `style="--lede-color-accent: ${accent}; --lede-quote-accent: ${accent}; --lede-timeline-marker: ${accent}" theme="${theme}"`;
        const timeline = await show('lede-timeline', await readFixture('timeline-russia-azerbaijan.ru.json'), style);
        const article = await show('lede-article', await readFixture('sample-article.ar.json'), style);
        expect([...(await violations(timeline)), ...(await violations(article))], `${accent} ${theme}`).to.deep.equal([]);
      }
    }
  });
});
