import { expect, oneEvent } from '@open-wc/testing';
import { restore, stub, type SinonStub } from 'sinon';
import type { LedeEventMap } from '../../events.js';
import { brokenImageFailed, mount, part, parts, readFixture, renderWith, setData, settled, visibleText } from '../../test/test-fixtures.js';
import './quote.js';
import type { LedeQuote } from './quote.component.js';

type Json = Record<string, unknown>;

describe('<lede-quote>', () => {
  let aliyev: Json;
  let warn: SinonStub;

  beforeEach(async () => {
    aliyev = await readFixture('quote-aliyev.ru.json');
    warn = stub(console, 'warn');
    stub(console, 'error');
  });

  afterEach(() => {
    restore();
    document.body.replaceChildren();
  });

  const quoteWith = (data: unknown, attributes = '') => renderWith<LedeQuote>('lede-quote', data, attributes);

  describe('the card', () => {
    it('keeps the fallback\'s margins inside, so the page above does not move when the card replaces it', async () => {
      const element = mount<LedeQuote>('<lede-quote><h2 style="margin: 48px 0">Fallback</h2></lede-quote>');
      const box = element.parentElement as HTMLElement;
      box.style.borderTop = '1px solid'; // the page's own box: margins do not collapse through it
      await element.updateComplete;
      const before = element.getBoundingClientRect().top - box.getBoundingClientRect().top;
      const done = settled(element);
      setData(element, aliyev);
      await done;
      expect(element.getBoundingClientRect().top - box.getBoundingClientRect().top).to.equal(before);
    });
    it('uses the quotation marks of the language of the words', async () => {
      const ru = await quoteWith(aliyev);
      expect(part(ru, 'text')?.textContent?.trim()).to.match(/^«Мы знаем.*сада\.»$/);
      expect(part(ru, 'text')?.getAttribute('lang')).to.equal('ru');
      const en = await quoteWith({ ...aliyev, lang: 'en', text: 'Words.', translation: undefined });
      expect(part(en, 'text')?.textContent?.trim()).to.equal('“Words.”');
    });

    it('shows the date in its precision and the locale, inside <time datetime>', async () => {
      const element = await quoteWith(aliyev);
      const time = part(element, 'date');
      expect(time?.tagName).to.equal('TIME');
      expect(time?.getAttribute('datetime')).to.equal('2025-07');
      expect(time?.textContent).to.equal('июль 2025');
      const english = await quoteWith(aliyev, 'locale="en"');
      expect(part(english, 'date')?.textContent).to.equal('July 2025');
    });

    it('shows dateLabel instead of the date but keeps the machine-readable value', async () => {
      const putin = await readFixture('quote-putin.ru.json');
      const element = await quoteWith(putin);
      expect(part(element, 'date')?.textContent).to.equal('в четверг');
      expect(part(element, 'date')?.getAttribute('datetime')).to.equal('2025-10-09');
    });

    it('links the source when it has a URL, and shows it as text when not', async () => {
      const linked = await quoteWith({ ...aliyev, source: { name: 'Интерфакс', url: 'https://www.interfax.ru/' } });
      const link = part(linked, 'source')?.querySelector('a');
      expect(link?.textContent).to.equal('Интерфакс');
      expect(link?.getAttribute('href')).to.equal('https://www.interfax.ru/');
      expect(part(linked, 'text')?.getAttribute('cite')).to.equal('https://www.interfax.ru/');
      const plain = await quoteWith({ ...aliyev, source: { name: 'Интерфакс' } });
      expect(part(plain, 'source')?.querySelector('a')).to.equal(null);
      expect(part(plain, 'source')?.textContent).to.equal('Интерфакс');
    });

    it('reserves the photo\'s box before it loads, so nothing jumps', async () => {
      const element = await quoteWith(aliyev);
      const image = part(element, 'speaker-image') as HTMLImageElement;
      expect(image.getAttribute('width')).to.equal('48');
      expect(image.getAttribute('height')).to.equal('48');
      expect(image.alt).to.equal('');
      const box = image.getBoundingClientRect();
      expect([Math.round(box.width), Math.round(box.height)]).to.deep.equal([48, 48]);
    });

    it('shows the context line', async () => {
      const element = await quoteWith(aliyev);
      expect(part(element, 'context')?.textContent).to.equal('О крушении самолета AZAL в декабре 2024 года');
    });

    it('leads with the translation in the translation\'s locale, and switches to the original and back', async () => {
      const element = await quoteWith(aliyev, 'locale="en"');
      expect(part(element, 'text')?.getAttribute('lang')).to.equal('en');
      expect(part(element, 'text')?.textContent).to.contain('“We know what happened');
      const toggle = part(element, 'translation-toggle');
      expect(toggle?.textContent?.trim()).to.equal('Show original in Russian');
      toggle?.click();
      await element.updateComplete;
      expect(part(element, 'text')?.getAttribute('lang')).to.equal('ru');
      expect(part(element, 'text')?.textContent).to.contain('«Мы знаем');
      expect(part(element, 'translation-toggle')?.textContent?.trim()).to.equal('Show translation in English');
    });

    it('leads with the original in the original\'s locale', async () => {
      const element = await quoteWith(aliyev);
      expect(part(element, 'text')?.getAttribute('lang')).to.equal('ru');
      expect(part(element, 'translation-toggle')?.textContent?.trim()).to.equal('Показать перевод (английский)');
    });

    for (const variant of ['card', 'pull', 'compact'] as const) {
      it(`renders the ${variant} variant`, async () => {
        const element = await quoteWith(aliyev, `variant="${variant}"`);
        expect(part(element, 'base')?.className).to.equal(variant);
        expect(part(element, 'speaker-name')?.textContent).to.equal('Ильхам Алиев');
      });
    }

    it('compact hides the photo and context; pull has no box', async () => {
      const compact = await quoteWith(aliyev, 'variant="compact"');
      expect(getComputedStyle(part(compact, 'speaker-image') as Element).display).to.equal('none');
      expect(getComputedStyle(part(compact, 'context') as Element).display).to.equal('none');
      const pull = await quoteWith(aliyev, 'variant="pull"');
      expect(getComputedStyle(part(pull, 'base') as Element).borderTopWidth).to.equal('0px');
    });

    it('compact wraps its attribution like text: no line starts with a separator', async () => {
      const compact = await quoteWith(aliyev, 'variant="compact" style="width: 300px"');
      const [role, meta] = [part(compact, 'speaker-role'), part(compact, 'meta')] as HTMLElement[];
      expect([...meta.getClientRects()].at(-1)?.top, 'the attribution wraps at this width').to.be.above(role.getClientRects()[0].top);
      // The "·" before the date is the first thing in meta: it stays on the role's last line.
      expect(meta.getClientRects()[0].top).to.equal([...role.getClientRects()].at(-1)?.top);
    });
  });

  describe('share', () => {
    it('has no share control unless shareable', async () => {
      const element = await quoteWith(aliyev);
      expect(part(element, 'share')).to.equal(null);
    });

    it('copies the link when Web Share is not available and fires lede-share', async () => {
      const share = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
      if (share) Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
      const write = stub(navigator.clipboard, 'writeText').resolves();
      const element = await quoteWith({ ...aliyev, url: 'https://partner.example/story#aliyev' }, 'shareable');
      const shared = oneEvent(element, 'lede-share') as Promise<LedeEventMap['lede-share']>;
      part(element, 'share')?.click();
      const { detail } = await shared;
      expect(detail).to.deep.equal({ url: 'https://partner.example/story#aliyev', method: 'clipboard' });
      expect(write.firstCall.args[0]).to.equal('https://partner.example/story#aliyev');
      await element.updateComplete;
      expect(part(element, 'status')?.textContent).to.equal('Ссылка скопирована');
      if (share) delete (navigator as { share?: unknown }).share;
    });

    it('uses the Web Share API where present', async () => {
      const calls: ShareData[] = [];
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void calls.push(data), configurable: true });
      const element = await quoteWith(aliyev, 'shareable');
      const shared = oneEvent(element, 'lede-share') as Promise<LedeEventMap['lede-share']>;
      part(element, 'share')?.click();
      const { detail } = await shared;
      expect(detail.method).to.equal('share');
      expect(detail.url).to.equal(location.href.split('#')[0]);
      expect(calls[0].url).to.equal(detail.url);
      delete (navigator as { share?: unknown }).share;
    });
  });

  describe('theming', () => {
    it('follows theme="dark" and theme="light"', async () => {
      const dark = await quoteWith(aliyev, 'theme="dark"');
      const light = await quoteWith(aliyev, 'theme="light"');
      const background = (element: Element) => getComputedStyle(part(element, 'base') as Element).backgroundColor;
      expect(background(dark)).to.equal('rgb(24, 24, 27)');
      expect(background(light)).to.equal('rgb(255, 255, 255)');
    });

    it('follows the reader\'s colour scheme live with theme="auto" (the default) on a page that allows dark', async function () {
      // The reader's setting, changed while the card is on screen. Inside a frame, prefers-color-scheme
      // is the embedder's `color-scheme` for the frame (CSS Color Adjustment 1), which a test can change
      // in every engine; media emulation exists only in Chromium's automation (CDP).
      const frame = document.createElement('iframe');
      frame.style.colorScheme = 'light';
      frame.srcdoc = '<!doctype html><html lang="ru" style="color-scheme: light dark"><body><script type="module" src="/src/components/quote/quote.ts"></script></body></html>';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      try {
        await loaded;
        const inner = frame.contentWindow as Window & typeof globalThis;
        await inner.customElements.whenDefined('lede-quote');
        const card = async (attributes: string) => {
          const element = inner.document.createElement('div');
          element.innerHTML = `<lede-quote ${attributes}></lede-quote>`;
          inner.document.body.append(element);
          const quote = element.firstElementChild as LedeQuote;
          const done = settled(quote);
          quote.data = inner.JSON.parse(JSON.stringify(aliyev));
          await done;
          return () => inner.getComputedStyle(part(quote, 'base') as Element).backgroundColor;
        };
        // The frame sees its embedder's new style at the next rendering update, as it would see the system's.
        const setScheme = async (scheme: string) => {
          frame.style.colorScheme = scheme;
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          // The card follows in the frame's next rendering update.
          await new Promise((resolve) => inner.requestAnimationFrame(() => inner.requestAnimationFrame(resolve)));
        };
        const background = await card('');
        const forcedLight = await card('theme="light"');
        expect(background()).to.equal('rgb(255, 255, 255)');
        await setScheme('dark');
        if (!inner.matchMedia('(prefers-color-scheme: dark)').matches) {
          // WebKit gives a frame the scheme of the whole view, whatever the embedder's `color-scheme`,
          // and WebDriver cannot change that scheme: there is no way to switch it during a test.
          this.skip();
        }
        expect(background()).to.equal('rgb(24, 24, 27)');
        expect(forcedLight()).to.equal('rgb(255, 255, 255)');
        await setScheme('light');
        expect(background()).to.equal('rgb(255, 255, 255)');
      } finally {
        frame.remove();
      }
    });

    it('takes --lede-* custom properties from the page', async () => {
      const element = await quoteWith(aliyev, 'style="--lede-color-text: rgb(1, 2, 3); --lede-quote-accent: rgb(200, 0, 0)"');
      expect(getComputedStyle(part(element, 'text') as Element).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(part(element, 'base') as Element).borderTopColor).to.equal('rgb(200, 0, 0)');
    });

    it('keeps the host page\'s inherited text styles out', async () => {
      const style = document.createElement('style');
      style.textContent = 'body { text-transform: uppercase; letter-spacing: .3em; line-height: 3; font-style: italic; }';
      document.head.append(style);
      try {
        const element = await quoteWith(aliyev);
        const text = getComputedStyle(part(element, 'text') as Element);
        expect(text.textTransform).to.equal('none');
        expect(text.letterSpacing).to.equal('normal');
        expect(text.fontStyle).to.equal('normal');
        expect(parseFloat(text.lineHeight) / parseFloat(text.fontSize)).to.be.below(2);
      } finally {
        style.remove();
      }
    });

    it('is styleable through ::part()', async () => {
      const style = document.createElement('style');
      style.textContent = 'lede-quote::part(speaker-name) { color: rgb(0, 128, 0); }';
      document.head.append(style);
      try {
        const element = await quoteWith(aliyev);
        expect(getComputedStyle(part(element, 'speaker-name') as Element).color).to.equal('rgb(0, 128, 0)');
      } finally {
        style.remove();
      }
    });
  });

  describe('debug', () => {
    it('shows editors what was dropped, with paths, and warns once per item', async () => {
      const element = await quoteWith({ ...aliyev, url: 'javascript:alert(1)', date: '2025-13' }, 'debug');
      expect(element.state).to.equal('ready');
      const items = parts(element, 'issues')[0]?.querySelectorAll('li');
      expect([...(items ?? [])].map((item) => item.querySelector('code')?.textContent)).to.deep.equal(['date', 'url']);
      expect(warn.callCount).to.equal(2);
      expect(warn.firstCall.args.join(' ')).to.contain('date: not an ISO 8601 date');
    });

    it('shows nothing of the kind without debug', async () => {
      const element = await quoteWith({ ...aliyev, url: 'javascript:alert(1)' });
      expect(part(element, 'issues')).to.equal(null);
    });
  });

  describe('hostile data', () => {
    const payloads = [
      '<img src=x onerror="window.__pwned=1">',
      '<script>window.__pwned=1</script>',
      '"><svg onload="window.__pwned=1">',
      '</script><script>window.__pwned=1</script>',
      '${window.__pwned=1}',
      '{{constructor.constructor("window.__pwned=1")()}}',
      '<a href="javascript:window.__pwned=1">x</a>',
    ];
    const urls = ['javascript:window.__pwned=1', ' JaVaScRiPt:window.__pwned=1', 'data:text/html,<script>window.__pwned=1</script>', 'vbscript:x'];

    it('shows every payload in every string field as literal text and runs nothing', async () => {
      (window as { __pwned?: number }).__pwned = undefined;
      for (const payload of payloads) {
        const element = await quoteWith({
          type: 'quote',
          lang: 'en',
          id: payload,
          text: payload,
          speaker: { name: payload, role: payload },
          source: { name: payload },
          dateLabel: payload,
          date: '2025',
          context: payload,
          translation: { lang: 'ru', text: payload },
        }, 'shareable');
        const root = element.shadowRoot as ShadowRoot;
        expect(root.querySelectorAll('script, svg, img[onerror], a[href^="javascript"]').length, payload).to.equal(0);
        expect([...root.querySelectorAll('*')].some((node) => [...node.attributes].some((attribute) => attribute.name.startsWith('on')))).to.equal(false);
        expect(visibleText(element)).to.contain(payload.replace(/\s+/g, ' '));
        expect(part(element, 'speaker-name')?.textContent).to.equal(payload);
      }
      for (const url of urls) {
        const element = await quoteWith({ ...aliyev, url, speaker: { name: 'x', url, image: url }, source: { name: 'y', url } });
        const root = element.shadowRoot as ShadowRoot;
        expect(root.querySelectorAll('a[href], img[src]').length, url).to.equal(0);
      }
      await brokenImageFailed();
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('reads </script> inside inline JSON when written as <\\/script>', async () => {
      const json = JSON.stringify({ ...aliyev, text: '</script><script>window.__pwned=1</script>' }).replace(/<\//g, '<\\/');
      const element = mount<LedeQuote>(`<lede-quote><script type="application/json">${json}</script></lede-quote>`);
      await settled(element);
      expect(part(element, 'text')?.textContent).to.contain('</script><script>window.__pwned=1</script>');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });
});
