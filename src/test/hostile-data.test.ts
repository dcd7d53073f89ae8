import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../lede.js';
import { articleSchema } from '../data/article-schema.js';
import { quoteSchema } from '../data/quote-schema.js';
import { timelineSchema } from '../data/timeline-schema.js';
import { validateAgainst } from '../data/validate.js';
import { brokenImageFailed, quietWidgets, settled } from './test-fixtures.js';
import { XSS_PAYLOADS } from './xss-corpus.js';

/**
 * docs/data-format.md "text is text", "unsafe URLs dropped": every payload of the corpus in
 * every string and URL field of all three document types, through all three
 * input paths. Dates, language tags, colours and category keys keep valid
 * values, so the fields around them render.
 */
const image = (text: string) => ({ src: text, alt: text, caption: text, credit: text, width: 40, height: 30 });
const source = (text: string) => ({ name: text, url: text });
const quote = (text: string) => ({
  id: text, lang: 'en', text, speaker: { name: text, role: text, image: text, url: text }, source: source(text),
  date: '2025-07', dateLabel: text, context: text, url: text, translation: { lang: 'ru', text },
});
const timeline = (text: string) => ({
  id: text, lang: 'en', title: text, description: text,
  categories: { incident: { label: text, color: '#c0392b' } },
  events: [1, 2].map((n) => ({
    id: `${text}${n}`, date: `2024-0${n}`, end: `2024-0${n + 2}`, dateLabel: text, title: text, text, category: 'incident',
    location: text, sources: [source(text)], image: image(text), url: text,
  })),
});
const DOCUMENTS = {
  quote: (text: string) => ({ type: 'quote', ...quote(text) }),
  timeline: (text: string) => ({ type: 'timeline', ...timeline(text) }),
  article: (text: string) => ({
    type: 'article', id: text, lang: 'en', kicker: text, headline: text, dek: text, dateline: text,
    published: '2025-10-09T15:00:00+05:00', updated: '2025-10-09T17:20:00+05:00',
    authors: [{ name: text, url: text }], publisher: { name: text, url: text, logo: text }, image: image(text),
    body: [
      { type: 'paragraph', text },
      { type: 'paragraph', html: text },
      { type: 'heading', text },
      { type: 'list', ordered: true, items: [text, text] },
      { type: 'image', ...image(text) },
      { type: 'quote', ...quote(text) },
      { type: 'timeline', ...timeline(text) },
    ],
    tags: [text, text], url: text,
  }),
};
/** The field every document shows as plain text, whose part must read exactly the payload. */
const HEADLINE = { quote: 'speaker-name', timeline: 'title', article: 'headline' } as const;
const TAG = { quote: 'lede-quote', timeline: 'lede-timeline', article: 'lede-article' } as const;
const SCHEMA = { quote: quoteSchema, timeline: timelineSchema, article: articleSchema } as const;
type Type = keyof typeof DOCUMENTS;

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'cite', 'poster', 'data', 'background'];
const SAFE = new Set(['http:', 'https:', 'mailto:']);

/** Every shadow root under `root`, nested ones too (an article holds quote and timeline elements). */
function shadowRoots(root: Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (element: Element) => {
    if (element.shadowRoot) {
      found.push(element.shadowRoot);
      element.shadowRoot.querySelectorAll('*').forEach(visit);
    }
  };
  root.querySelectorAll('*').forEach(visit);
  visit(root);
  return found;
}

/** What a payload could have left behind in the rendered widgets: a list of findings, empty when safe. */
function dangers(container: Element): string[] {
  const found: string[] = [];
  for (const root of shadowRoots(container)) {
    for (const element of root.querySelectorAll('*')) {
      const name = element.localName;
      if (['script', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'style', 'form', 'svg', 'math'].includes(name)) found.push(`<${name}>`);
      for (const { name: attribute, value } of element.attributes) {
        if (attribute.startsWith('on')) found.push(`${name}[${attribute}]`);
        if (attribute === 'style') found.push(`${name}[style]`);
        if (URL_ATTRIBUTES.includes(attribute) && !SAFE.has(new URL(value, document.baseURI).protocol)) found.push(`${name}[${attribute}=${value}]`);
      }
    }
  }
  return found;
}

const pwned = () => (window as { __pwned?: unknown }).__pwned;
let key = 0;

async function mountAll(type: Type, path: 'property' | 'inline' | 'src', payloads: readonly string[]): Promise<HTMLElement> {
  const container = document.createElement('div');
  const tag = TAG[type];
  const elements: HTMLElement[] = [];
  for (const payload of payloads) {
    const document_ = DOCUMENTS[type](payload);
    let element: HTMLElement;
    if (path === 'inline') {
      // Escaping `<` is what a CMS must do; the payloads' own `</script>` then stays inside the JSON.
      const holder = document.createElement('div');
      holder.innerHTML = `<${tag}><script type="application/json">${JSON.stringify(document_).replace(/</g, '\\u003c')}</script></${tag}>`;
      element = holder.firstElementChild as HTMLElement;
    } else {
      element = document.createElement(tag);
      if (path === 'property') (element as HTMLElement & { data: unknown }).data = document_;
      else {
        const url = `/fault/doc?key=hostile-${key++}`;
        await fetch(url, { method: 'POST', body: JSON.stringify(document_) });
        element.setAttribute('src', url);
        // 177 documents queue for a handful of connections: on a loaded machine the last would pass
        // the default 10 s, and this suite is about what the documents hold, not about the network.
        element.setAttribute('timeout', '60000');
      }
    }
    elements.push(element);
  }
  const done = Promise.all(elements.map(settled));
  container.append(...elements);
  document.body.append(container);
  await done;
  return container;
}

describe(`hostile data: ${XSS_PAYLOADS.length} payloads in every string and URL field`, () => {
  before(() => expect(XSS_PAYLOADS.length).to.be.at.least(150));
  quietWidgets();

  for (const type of Object.keys(DOCUMENTS) as Type[]) {
    for (const path of ['property', 'inline', 'src'] as const) {
      it(`<${TAG[type]}> through ${path === 'inline' ? 'inline JSON' : path}: nothing runs, nothing unsafe, text shown literally`, async () => {
        const container = await mountAll(type, path, XSS_PAYLOADS);
        await brokenImageFailed();
        expect(pwned()).to.equal(undefined);
        expect(dangers(container)).to.deep.equal([]);
        const elements = [...container.children] as HTMLElement[];
        elements.forEach((element, index) => {
          expect(element.getAttribute('state'), XSS_PAYLOADS[index]).to.equal('ready');
          const headline = element.shadowRoot?.querySelector(`[part~="${HEADLINE[type]}"]`);
          expect(fold(headline?.textContent ?? ''), XSS_PAYLOADS[index]).to.equal(fold(XSS_PAYLOADS[index]));
        });
      });
    }
  }
});

describe('any JSON value', () => {
  quietWidgets();

  // Documents shaped like ours, so the arbitrary values reach deep fields, not only the top-level checks.
  const shaped = (type: Type) =>
    fc.oneof(
      fc.jsonValue(),
      fc.dictionary(fc.constantFrom('text', 'speaker', 'events', 'body', 'headline', 'title', 'date', 'lang', 'src', 'url', 'html', 'categories', 'items', 'image', 'version', 'type'), fc.jsonValue()).map((value) => ({ ...value, type })),
      fc.jsonValue().map((value) => {
        const valid: Record<string, unknown> = DOCUMENTS[type]('x');
        return { ...valid, ...(typeof value === 'object' && value && !Array.isArray(value) ? value : { text: value, events: [value], body: [value] }) };
      }),
    );

  for (const type of Object.keys(DOCUMENTS) as Type[]) {
    it(`never throws when validated as ${type}`, () => {
      fc.assert(fc.property(shaped(type), (value) => void validateAgainst(SCHEMA[type], type, value, document.baseURI)), { numRuns: 500 });
    });

    it(`never throws when <${TAG[type]}> renders it, and always settles`, async () => {
      const thrown: unknown[] = [];
      const onError = (event: ErrorEvent | PromiseRejectionEvent) => thrown.push('error' in event ? event.error : event.reason);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      try {
        await fc.assert(
          fc.asyncProperty(shaped(type), async (value) => {
            const element = document.createElement(TAG[type]) as HTMLElement & { data: unknown };
            const done = settled(element);
            element.data = value;
            document.body.append(element);
            await done;
            element.remove();
            expect(['ready', 'error']).to.include(element.getAttribute('state'));
          }),
          { numRuns: 100 },
        );
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onError);
      }
      expect(thrown).to.deep.equal([]);
    });
  }
});
