import { expect } from '@open-wc/testing';
import { frameReport } from './page-frame.js';

/** Privacy (docs/security.md): the page of src/test/pages/widgets.html, all three widgets, as a partner would embed them. */
interface Report {
  states: string[];
  requests: string[];
  images: Array<[string, string | null]>;
  storageChanged: boolean;
  databases: [string[], string[]];
}

const DOCUMENTS = ['dushanbe-meeting.ru.json', 'quote-aliyev.ru.json', 'timeline-russia-azerbaijan.ru.json'];

/** Every URL a document names in an image field, resolved as the widgets resolve it; nested src documents followed. */
async function namedByData(): Promise<{ documents: Set<string>; images: Set<string> }> {
  const documents = new Set<string>();
  const images = new Set<string>();
  const read = async (url: string): Promise<void> => {
    if (documents.has(url)) return;
    documents.add(url);
    const walk = async (value: unknown, key = ''): Promise<void> => {
      if (typeof value === 'string') {
        if (key === 'src' && value.endsWith('.json')) await read(new URL(value, url).href);
        else if (['src', 'image', 'logo'].includes(key)) images.add(new URL(value, url).href);
      } else if (value && typeof value === 'object') {
        for (const [name, item] of Object.entries(value)) await walk(item, Array.isArray(value) ? key : name);
      }
    };
    await walk(await (await fetch(url)).json());
  };
  for (const name of DOCUMENTS) await read(new URL(`/demo/data/${name}`, location.href).href);
  return { documents, images };
}

describe('privacy', () => {
  // Each page alone in view: WebKit neither paints nor loads lazy images in a frame scrolled out of view.
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('requests only the script, the src documents and the images the data names; no cookies, no storage', async () => {
    const { report } = await frameReport<Report>('/src/test/pages/widgets.html');
    expect(report.states).to.deep.equal(['ready', 'ready', 'ready']);
    const { documents, images } = await namedByData();
    const page = new URL('/src/test/pages/widgets.js', location.href).href; // the partner's own script
    const allowed = new Set([page, new URL('/dist/lede.js', location.href).href, ...documents, ...images]);
    // The test server injects its own web socket script into every page it serves.
    const others = report.requests.filter((url) => !allowed.has(url) && !new URL(url).pathname.startsWith('/__web-dev-server'));
    expect(others).to.deep.equal([]);
    for (const name of DOCUMENTS) expect(report.requests).to.include(new URL(`/demo/data/${name}`, location.href).href);
    // Images are checked by what the widgets show: Firefox takes an image that an earlier page of
    // the run loaded from the image cache all its pages share, with no request and no resource
    // timing entry, so `requests` need not list it there.
    const shown = report.images.map(([src]) => src);
    expect(shown).to.not.be.empty;
    expect(shown.filter((src) => !images.has(src))).to.deep.equal([]);
    expect(report.storageChanged).to.equal(false);
    expect(report.databases[1]).to.deep.equal(report.databases[0]);
  });

  it('asks for every image without a referrer', async () => {
    const { report } = await frameReport<Report>('/src/test/pages/widgets.html');
    expect(report.images.length).to.be.at.least(3);
    expect(report.images.filter(([, policy]) => policy !== 'no-referrer')).to.deep.equal([]);
  });
});
