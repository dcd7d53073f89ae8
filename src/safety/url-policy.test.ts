import { expect } from '@open-wc/testing';
import '../lede.js';
import { quietWidgets, settled } from '../test/test-fixtures.js';
import { URL_CORPUS, documentsWithUrls } from '../test/xss-corpus.js';

/**
 * Issue 17.9, the widget's path: the URL corpus (every control, Unicode space and
 * zero-width character before a scheme, as characters, entities and percent
 * encodings) in every URL field of the three document types, given as `data`.
 * The server's paths are tested in test/url-policy.test.mjs.
 */
const SAFE = ['http:', 'https:', 'mailto:'];
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'cite', 'action', 'formaction', 'poster', 'data', 'background', 'xlink:href'];
const CHUNK = 100;

/** Every URL attribute under `root`'s shadow roots that reads as another scheme, as written or trimmed. */
function unsafeUrls(root: Element): string[] {
  const found: string[] = [];
  const visit = (element: Element) => {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null && [value, value.trim()].some((read) => !SAFE.includes(new URL(read, document.baseURI).protocol))) found.push(`<${element.localName} ${name}=${JSON.stringify(value)}>`);
    }
    element.shadowRoot?.querySelectorAll('*').forEach(visit);
    element.querySelectorAll('*').forEach(visit);
  };
  visit(root);
  return found;
}

describe(`URL policy in the widget: ${URL_CORPUS.length} URLs in every URL field`, () => {
  quietWidgets();

  for (let start = 0; start < URL_CORPUS.length; start += CHUNK) {
    const urls = URL_CORPUS.slice(start, start + CHUNK);
    it(`URLs ${start}–${start + urls.length - 1}: nothing unsafe rendered, nothing runs`, async () => {
      const container = document.createElement('div');
      const elements = Object.values(documentsWithUrls(urls)).map((data) => Object.assign(document.createElement(`lede-${data.type}`), { data }));
      const done = Promise.all(elements.map(settled));
      container.append(...elements);
      document.body.append(container);
      await done;
      expect(elements.map((element) => element.getAttribute('state'))).to.deep.equal(['ready', 'ready', 'ready']);
      const found = unsafeUrls(container);
      expect(found.length, found.slice(0, 5).join('\n')).to.equal(0);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });
  }
});
