import { expect } from '@open-wc/testing';
import '../components/quote/quote.js';
import type { LedeQuote } from '../components/quote/quote.component.js';
import { channelLuminance } from './contrast.js';
import { isDarkBehind } from './page-theme.js';
import { part, readFixture, renderWith } from '../test/test-fixtures.js';

const LIGHT_CARD = 'rgb(255, 255, 255)';
const DARK_CARD = 'rgb(24, 24, 27)';

/** Two frames: the widgets look at a change of the page in the next one. */
const nextFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Any computed colour (`rgb()`, `color(srgb …)`, `oklch()` …) as red, green and blue 0–255, read off a canvas. */
function channels(colour: string): number[] {
  const context = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  return [...context.getImageData(0, 0, 1, 1).data].slice(0, 3);
}

const contrast = (a: string, b: string) => {
  const [lighter, darker] = [channelLuminance(channels(a)), channelLuminance(channels(b))].sort((x, y) => y - x);
  return (lighter! + 0.05) / (darker! + 0.05);
};

describe('theme="auto": the page behind the widget', () => {
  let aliyev: Record<string, unknown>;
  const added: Element[] = [];
  /** Adds `node` to the document for this test only. */
  const add = <N extends Element>(node: N, parent: Element = document.head): N => (added.push(node), parent.append(node), node);
  const addStyle = (text: string) => add(Object.assign(document.createElement('style'), { textContent: text }));
  const card = (quote: Element) => getComputedStyle(part(quote, 'base')!).backgroundColor;

  beforeEach(async () => {
    aliyev = await readFixture('quote-aliyev.ru.json');
  });

  afterEach(() => {
    for (const node of added.splice(0)) node.remove();
    document.documentElement.removeAttribute('class');
    document.documentElement.removeAttribute('style');
    document.body.replaceChildren();
  });

  describe('the decision, with the reader\'s preference given', () => {
    const box = (style = '') => {
      const element = add(document.createElement('div'), document.body);
      element.style.cssText = style;
      return element;
    };

    it('a page with no background and no color-scheme is light, whatever the reader prefers', () => {
      const element = box();
      expect(isDarkBehind(element, true)).to.equal(false);
      expect(isDarkBehind(element, false)).to.equal(false);
    });

    it('the canvas of a page that allows dark is dark when the reader prefers dark', () => {
      document.documentElement.style.colorScheme = 'light dark';
      const element = box();
      expect(isDarkBehind(element, true)).to.equal(true);
      expect(isDarkBehind(element, false)).to.equal(false);
      document.documentElement.style.colorScheme = 'only light';
      expect(isDarkBehind(element, true)).to.equal(false);
    });

    it('takes the nearest painted background, across shadow roots and slots', () => {
      const dark = box('background: #101014');
      const light = add(document.createElement('div'), dark);
      light.style.background = 'oklch(97% 0.01 90)';
      expect(isDarkBehind(add(document.createElement('span'), light), false)).to.equal(false);
      expect(isDarkBehind(add(document.createElement('span'), dark), false)).to.equal(true);
      const host = add(document.createElement('div'), dark);
      const inside = host.attachShadow({ mode: 'open' });
      inside.innerHTML = '<p></p><div style="background: white"><slot></slot></div>';
      expect(isDarkBehind(inside.querySelector('p')!, false)).to.equal(true);
      expect(isDarkBehind(add(document.createElement('span'), host), false)).to.equal(false);
    });

    it('sees through a faint tint, not through a strong one', () => {
      const page = box('background: #121212');
      const tint = add(document.createElement('div'), page);
      tint.style.background = 'rgba(255, 255, 255, 0.04)';
      expect(isDarkBehind(add(document.createElement('span'), tint), false)).to.equal(true);
      tint.style.background = 'rgba(255, 255, 255, 0.9)';
      expect(isDarkBehind(add(document.createElement('span'), tint), false)).to.equal(false);
    });
  });

  describe('what the reader sees', () => {
    it('a light page stays light; a dark class on html turns the widget dark, and back', async () => {
      addStyle('html.theme-dark { background: #111; color: #eee }');
      const quote = await renderWith<LedeQuote>('lede-quote', aliyev);
      expect(card(quote)).to.equal(LIGHT_CARD);
      document.documentElement.classList.add('theme-dark');
      await nextFrames();
      expect(card(quote)).to.equal(DARK_CARD);
      document.documentElement.classList.remove('theme-dark');
      await nextFrames();
      expect(card(quote)).to.equal(LIGHT_CARD);
    });

    it('takes a container\'s background, and follows one set on body', async () => {
      const inDarkBox = await renderWith<LedeQuote>('lede-quote', aliyev, '', 'background: #1d2533');
      const onPage = await renderWith<LedeQuote>('lede-quote', aliyev);
      expect(card(inDarkBox)).to.equal(DARK_CARD);
      expect(card(onPage)).to.equal(LIGHT_CARD);
      document.body.style.background = '#0d0d0d';
      await nextFrames();
      expect(card(onPage)).to.equal(DARK_CARD);
      document.body.style.background = '';
      await nextFrames();
      expect(card(onPage)).to.equal(LIGHT_CARD);
    });

    it('the theme attribute wins over the page', async () => {
      addStyle('html.theme-dark { background: #111 }');
      document.documentElement.classList.add('theme-dark');
      const light = await renderWith<LedeQuote>('lede-quote', aliyev, 'theme="light"');
      const auto = await renderWith<LedeQuote>('lede-quote', aliyev);
      expect(card(light)).to.equal(LIGHT_CARD);
      expect(card(auto)).to.equal(DARK_CARD);
      document.documentElement.classList.remove('theme-dark');
      const dark = await renderWith<LedeQuote>('lede-quote', aliyev, 'theme="dark"');
      await nextFrames();
      expect(card(dark)).to.equal(DARK_CARD);
      expect(card(auto)).to.equal(LIGHT_CARD);
      auto.theme = 'dark';
      await auto.updateComplete;
      expect(card(auto)).to.equal(DARK_CARD);
    });

    it('gives a partner\'s light-dark() value the half of the theme in use', async () => {
      const style = 'style="--lede-color-background: light-dark(rgb(250, 240, 230), rgb(40, 20, 10))"';
      const light = await renderWith<LedeQuote>('lede-quote', aliyev, style);
      const dark = await renderWith<LedeQuote>('lede-quote', aliyev, style, 'background: black');
      expect(card(light)).to.equal('rgb(250, 240, 230)');
      expect(card(dark)).to.equal('rgb(40, 20, 10)');
    });

    it('keeps roles, dates and context at 4.5:1 on a background a partner sets', async () => {
      for (const [theme, background] of [['dark', '#4a4a55'], ['light', '#d9d4c7'], ['dark', '#18181b'], ['light', '#ffffff']]) {
        const quote = await renderWith<LedeQuote>('lede-quote', aliyev, `theme="${theme}" style="--lede-color-background: ${background}"`);
        for (const name of ['speaker-role', 'meta', 'context']) {
          const text = getComputedStyle(part(quote, name)!).color;
          expect(contrast(text, card(quote)), `${name} on ${background}`).to.be.at.least(4.5);
        }
      }
    });
  });

  describe('in a frame whose reader prefers dark', () => {
    /**
     * A page in a frame: inside it, prefers-color-scheme is the embedder's `color-scheme` for the frame
     * (CSS Color Adjustment 1), which Chromium and Firefox follow; WebKit gives a frame the scheme of the
     * whole view, which WebDriver cannot change, so there only the decision above is tested.
     */
    async function darkOsPage(context: Mocha.Context, page: string): Promise<() => string> {
      const frame = add(document.createElement('iframe'), document.body);
      frame.style.colorScheme = 'dark';
      frame.srcdoc = `<!doctype html>${page}<script type="module" src="/src/components/quote/quote.ts"></script>`;
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const inner = frame.contentWindow as Window & typeof globalThis;
      if (!inner.matchMedia('(prefers-color-scheme: dark)').matches) context.skip();
      await inner.customElements.whenDefined('lede-quote');
      const quote = inner.document.createElement('lede-quote') as LedeQuote;
      const loaded = new Promise((resolve) => quote.addEventListener('lede-load', resolve, { once: true }));
      quote.data = inner.JSON.parse(JSON.stringify(aliyev));
      inner.document.body.append(quote);
      await loaded;
      return () => inner.getComputedStyle(part(quote, 'base')!).backgroundColor;
    }

    it('a light-only page stays light', async function () {
      const background = await darkOsPage(this, '<html lang="ru"><body>');
      expect(background()).to.equal(LIGHT_CARD);
    });

    it('a page whose color-scheme allows dark is dark', async function () {
      const background = await darkOsPage(this, '<html lang="ru" style="color-scheme: light dark"><body>');
      expect(background()).to.equal(DARK_CARD);
    });

    it('a page dark by a media query only (as Water.css) is dark', async function () {
      const background = await darkOsPage(this, '<html lang="ru"><style>@media (prefers-color-scheme: dark) { body { background: #202b38; color: #dbdbdb } }</style><body>');
      expect(background()).to.equal(DARK_CARD);
    });
  });
});
