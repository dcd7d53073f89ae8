import { expect, oneEvent } from '@open-wc/testing';
import { restore, stub, type SinonStub } from 'sinon';
import type { LedeEventMap } from '../../events.js';
import { brokenImageFailed, holdFetch, mount, part, parts, readFixture, renderWith, setData, settled, visibleText } from '../../internal/test-fixtures.js';
import './quote.js';
import type { LedeQuote } from './quote.component.js';

type Json = Record<string, unknown>;

describe('<lede-quote>', () => {
  let aliyev: Json;
  let warn: SinonStub;
  let error: SinonStub;

  beforeEach(async () => {
    aliyev = await readFixture('quote-aliyev.ru.json');
    warn = stub(console, 'warn');
    error = stub(console, 'error');
  });

  afterEach(() => {
    restore();
    document.body.replaceChildren();
  });

  const quoteWith = (data: unknown, attributes = '') => renderWith<LedeQuote>('lede-quote', data, attributes);

  describe('input', () => {
    it('renders from the data property and reports no issues', async () => {
      const element = document.createElement('lede-quote');
      const loaded = oneEvent(element, 'lede-load') as Promise<LedeEventMap['lede-load']>;
      setData(element, aliyev);
      document.body.append(element);
      const { detail } = await loaded;
      expect(detail.issues).to.deep.equal([]);
      expect(detail.data).to.equal(aliyev);
      expect(element.state).to.equal('ready');
      expect(element.getAttribute('state')).to.equal('ready');
      expect(part(element, 'speaker-name')?.textContent).to.equal('Ильхам Алиев');
      expect(part(element, 'speaker-role')?.textContent).to.equal('президент Азербайджана');
    });

    it('renders from inline JSON in a child script', async () => {
      const element = mount<LedeQuote>(`<lede-quote><script type="application/json">${JSON.stringify(aliyev)}</script></lede-quote>`);
      await settled(element);
      expect(part(element, 'text')?.textContent).to.contain('история для детского сада');
    });

    it('renders inline JSON as soon as the parser has read it, before the rest of the page', async () => {
      // A partner's page: the script in the head, the element with its data further down, then
      // more of the page. The widget is drawn before the parser goes on (so, most often, before
      // the first paint: nothing below it moves), not at DOMContentLoaded.
      const json = JSON.stringify(aliyev).replace(/</g, '\\u003c');
      const frame = document.createElement('iframe');
      const seen = new Promise<{ state: string | null; readyState: string; text: string }>((resolve) => {
        addEventListener('message', function onMessage(event) {
          if (event.source !== frame.contentWindow) return;
          removeEventListener('message', onMessage);
          resolve(event.data);
        });
      });
      frame.srcdoc = `<!doctype html><html lang="ru"><head><script src="${location.origin}/dist/lede.js"></script></head><body>
        <lede-quote><script type="application/json">${json}</script><p>fallback</p></lede-quote>
        <script>
          const quote = document.querySelector('lede-quote');
          parent.postMessage({ state: quote.getAttribute('state'), readyState: document.readyState, text: quote.shadowRoot.textContent }, '*');
        </script><p>The rest of the partner's page.</p></body></html>`;
      document.body.append(frame);
      const { state, readyState, text } = await seen;
      expect(readyState).to.equal('loading');
      expect(state).to.equal('ready');
      expect(text).to.contain('история для детского сада');
    });

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

    it('renders from src, resolving relative URLs against the document\'s URL', async () => {
      const element = mount<LedeQuote>('<lede-quote src="/demo/data/quote-aliyev.ru.json"></lede-quote>');
      await settled(element);
      expect(element.state).to.equal('ready');
      expect(part(element, 'speaker-image')?.getAttribute('src')).to.equal(`${location.origin}/demo/img/aliyev.svg`);
    });

    it('prefers data over inline JSON over src', async () => {
      const other = { ...aliyev, speaker: { name: 'Inline' } };
      const element = mount<LedeQuote>(`<lede-quote src="/fault/echo"><script type="application/json">${JSON.stringify(other)}</script></lede-quote>`);
      await settled(element);
      expect(part(element, 'speaker-name')?.textContent).to.equal('Inline');
      const done = settled(element);
      setData(element, { ...aliyev, speaker: { name: 'Property' } });
      await done;
      expect(part(element, 'speaker-name')?.textContent).to.equal('Property');
    });

    it('fetches src without cookies', async () => {
      document.cookie = 'lede-test=secret; path=/';
      const element = mount<LedeQuote>('<lede-quote src="/fault/echo"></lede-quote>');
      await settled(element);
      expect(part(element, 'text')?.textContent).to.contain('cookie:none');
      document.cookie = 'lede-test=; path=/; max-age=0';
    });

    it('fetches again when src changes, and the latest request wins', async () => {
      const held = holdFetch();
      const element = mount<LedeQuote>('<lede-quote src="/held/old"></lede-quote>');
      const old = await held.next();
      element.src = '/held/new';
      const current = await held.next();
      const first = settled(element);
      current.answer({ ...aliyev, speaker: { name: 'Echo' } });
      expect((await first).type).to.equal('lede-load');
      expect(part(element, 'speaker-name')?.textContent).to.equal('Echo');
      // The answer for the old src arrives later and must not replace the new one. A second card
      // answered after it has rendered by the time the old answer would have.
      old.answer({ ...aliyev, speaker: { name: 'Old' } });
      const witness = mount<LedeQuote>('<lede-quote src="/held/witness"></lede-quote>');
      const witnessed = settled(witness);
      (await held.next()).answer(aliyev);
      await witnessed;
      expect(part(element, 'speaker-name')?.textContent).to.equal('Echo');
    });

    it('shows fallback content until it renders, then only the card', async () => {
      const element = mount<LedeQuote>('<lede-quote src="/fault/slow?ms=300"><blockquote>«Мы знаем…» — Ильхам Алиев</blockquote></lede-quote>');
      await element.updateComplete;
      const slot = element.shadowRoot?.querySelector('slot');
      expect(slot?.assignedElements().map((node) => node.tagName)).to.deep.equal(['BLOCKQUOTE']);
      await settled(element);
      expect(element.shadowRoot?.querySelector('slot')).to.equal(null);
      expect(part(element, 'base')).not.to.equal(null);
    });
  });

  describe('faults', () => {
    const cases: Array<[string, string, string]> = [
      ['404', '/fault/404', 'fetch-failed'],
      ['500', '/fault/500', 'fetch-failed'],
      ['a redirect to a 404', '/fault/redirect-404', 'fetch-failed'],
      ['a body that is not JSON', '/fault/not-json', 'fetch-failed'],
      ['HTML served as JSON', '/fault/html', 'fetch-failed'],
      ['an empty body', '/fault/empty', 'fetch-failed'],
      ['a body over the 1 MiB cap', '/fault/large', 'fetch-failed'],
      ['an answer slower than timeout', '/fault/slow?ms=3000" timeout="150', 'timeout'],
    ];
    for (const [name, src, code] of cases) {
      it(`gives ${code} for ${name}, with a localised notice and retry`, async () => {
        const element = mount<LedeQuote>(`<lede-quote lang="ru" src="${src}"></lede-quote>`);
        const { type, detail } = await settled(element);
        expect(type).to.equal('lede-error');
        expect(detail.code).to.equal(code);
        expect(detail.message).to.be.a('string').and.not.equal('');
        expect(element.state).to.equal('error');
        expect(part(element, 'notice')?.textContent).to.contain('Не удалось загрузить');
        expect(part(element, 'retry')?.textContent).to.equal('Повторить');
        expect(error.callCount).to.equal(1);
      });
    }

    it('keeps the fallback content when loading fails', async () => {
      const element = mount<LedeQuote>('<lede-quote src="/fault/404"><blockquote>fallback words</blockquote></lede-quote>');
      await settled(element);
      expect(element.state).to.equal('error');
      expect(part(element, 'notice')).to.equal(null);
      expect(element.shadowRoot?.querySelector('slot')?.assignedElements()[0].textContent).to.equal('fallback words');
    });

    it('loads again from the retry control once the server recovers, and focus goes on to the card', async () => {
      const element = mount<LedeQuote>(`<lede-quote src="/fault/flaky?key=${Math.random()}"></lede-quote>`);
      expect((await settled(element)).type).to.equal('lede-error');
      const done = settled(element);
      part(element, 'retry')?.focus();
      part(element, 'retry')?.click();
      expect((await done).type).to.equal('lede-load');
      await element.updateComplete;
      expect(element.state).to.equal('ready');
      expect(part(element, 'notice')).to.equal(null);
      // Booleans, not elements: chai would print a whole tree in its message.
      expect(document.activeElement === element, 'the card, not the page, has focus').to.equal(true);
      const focused = element.shadowRoot?.activeElement;
      expect(!!focused?.contains(part(element, 'base')), 'the card\'s content has it').to.equal(true);
      (focused as HTMLElement).blur();
      expect(focused?.hasAttribute('tabindex'), 'and it leaves no tab stop behind').to.equal(false);
    });

    it('leaves focus where the reader took it while the retry loaded', async () => {
      const held = holdFetch();
      const element = mount<LedeQuote>('<lede-quote src="/held/flaky"></lede-quote>');
      const failed = settled(element);
      (await held.next()).answer('down', { status: 500 });
      await failed;
      const input = document.createElement('input');
      element.after(input);
      const done = settled(element);
      part(element, 'retry')?.focus();
      part(element, 'retry')?.click();
      const retry = await held.next();
      input.focus();
      retry.answer(aliyev);
      expect((await done).type).to.equal('lede-load');
      await element.updateComplete;
      expect(document.activeElement === input, 'focus stays in the field').to.equal(true);
      input.remove();
    });

    it('keeps focus on the retry control when the retry fails too', async () => {
      const element = mount<LedeQuote>('<lede-quote src="/fault/500"></lede-quote>');
      await settled(element);
      const failed = settled(element);
      part(element, 'retry')?.focus();
      part(element, 'retry')?.click();
      await failed;
      await element.updateComplete;
      expect(element.shadowRoot?.activeElement === part(element, 'retry'), 'the new retry has focus').to.equal(true);
    });

    it('rejects an invalid document: state, event with JSON paths, one console.error, a notice without retry', async () => {
      const element = await quoteWith({ type: 'quote', text: '', speaker: { role: 'x' } }, 'locale="en"');
      expect(element.state).to.equal('error');
      expect(error.callCount).to.equal(1);
      expect(error.firstCall.args.join(' ')).to.contain('text: is required').and.contain('speaker.name: is required');
      expect(part(element, 'notice')?.textContent).to.contain('could not be shown');
      expect(part(element, 'retry')).to.equal(null);
    });

    it('reports invalid-data and unsupported-version codes', async () => {
      const element = mount<LedeQuote>('<lede-quote></lede-quote>');
      let result = settled(element);
      setData(element, { ...aliyev, version: 3 });
      expect((await result).detail.code).to.equal('unsupported-version');
      result = settled(element);
      setData(element, 'not an object');
      const { detail } = await result;
      expect(detail.code).to.equal('invalid-data');
      expect(detail.issues).to.deep.equal([{ path: '', message: 'the document must be a JSON object', severity: 'error' }]);
    });

    it('reports inline JSON that does not parse', async () => {
      const element = mount<LedeQuote>('<lede-quote><script type="application/json">{"type": "quote",</script></lede-quote>');
      const { detail } = await settled(element);
      expect(detail.code).to.equal('invalid-data');
    });

    it('leaves other widgets on the page working when one is broken', async () => {
      const broken = mount<LedeQuote>('<lede-quote></lede-quote>');
      const working = mount<LedeQuote>('<lede-quote></lede-quote>');
      const results = Promise.all([settled(broken), settled(working)]);
      setData(broken, { type: 'quote' });
      setData(working, aliyev);
      await results;
      expect(broken.state).to.equal('error');
      expect(working.state).to.equal('ready');
    });

    it('aborts the fetch of an element removed while loading and logs nothing', async () => {
      const held = holdFetch();
      const element = mount<LedeQuote>('<lede-quote src="/held/removed"></lede-quote>');
      const events: string[] = [];
      element.addEventListener('lede-load', () => events.push('load'));
      element.addEventListener('lede-error', () => events.push('error'));
      const request = await held.next();
      element.remove();
      expect(request.signal?.aborted).to.equal(true);
      // The server answers anyway; a card answered after it has rendered by the time this one would have.
      request.answer(aliyev);
      const witness = mount<LedeQuote>('<lede-quote src="/held/witness"></lede-quote>');
      const witnessed = settled(witness);
      (await held.next()).answer(aliyev);
      await witnessed;
      expect(events).to.deep.equal([]);
      expect(error.callCount + warn.callCount).to.equal(0);
    });
  });

  describe('the card', () => {
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
