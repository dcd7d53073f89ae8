import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import type { embedSnippet as EmbedSnippet } from '../ssr/snippet.js';
import { frameSettled } from '../test/page-frame.js';

/**
 * demo/playground.html as an editor uses it, in an iframe wide enough for its widest preview:
 * what the issue list says, what the preview shows, and what "Copy embed code" hands over.
 */
interface PlaygroundUpdate {
  ok: boolean;
  issues: string[];
}

let frame: HTMLIFrameElement;
const page = () => frame.contentDocument!;
const field = <T extends HTMLElement>(id: string) => page().getElementById(id) as T;
const previewElement = () => field('preview').firstElementChild as (HTMLElement & { state: string }) | null;
const shadowText = (element: Element | null) => element?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

/** Types `text` into the JSON editor and resolves with what the page made of it. */
async function typeJson(text: string): Promise<PlaygroundUpdate> {
  const checked = oneEvent(page(), 'playground-update');
  const editor = field<HTMLTextAreaElement>('json');
  editor.value = text;
  editor.dispatchEvent(new (frame.contentWindow as typeof window).Event('input', { bubbles: true }));
  return ((await checked) as CustomEvent<PlaygroundUpdate>).detail;
}

/** Resolves once the preview's element (whatever it is now) has settled on `state`. */
async function settled(): Promise<Element> {
  const element = previewElement();
  if (element && element.getAttribute('state') !== 'ready' && element.getAttribute('state') !== 'error') await oneEvent(element, 'lede-load');
  return previewElement()!;
}

describe('demo/playground.html', () => {
  beforeEach(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '1400px';
    frame.style.height = '1600px';
    frame.src = '/demo/playground.html';
    document.body.append(frame);
    // The page starts with the quote example in the editor and in the preview.
    const [element] = await frameSettled(frame, 1);
    expect(element?.localName).to.equal('lede-quote');
  });
  afterEach(() => {
    sinon.restore();
    frame.remove();
  });

  it('names a JSON syntax error by line and column, and each invalid field by its path', async () => {
    const syntax = await typeJson('{\n  "type": "quote",\n  "version": 1,,\n}');
    expect(syntax.ok).to.equal(false);
    expect(syntax.issues).to.have.length(1);
    expect(syntax.issues[0]).to.match(/^error line 3, column 16: /);
    expect(field('embed-code')).to.have.property('value', '');
    expect(field<HTMLButtonElement>('copy').disabled).to.equal(true);

    const invalid = await typeJson(JSON.stringify({ type: 'quote', version: 1, text: 'Words' }));
    expect(invalid).to.deep.equal({ ok: false, issues: ['error speaker: is required'] });
    const listed = [...field('issues').querySelectorAll('li')].map((item) => item.textContent);
    expect(listed).to.deep.equal(['error speaker: is required']);

    const partly = await typeJson(JSON.stringify({ type: 'timeline', version: 1, events: [{ date: 'yesterday', title: 'Left out' }, { date: '2024-01-02', title: 'Shown' }] }));
    expect(partly.ok).to.equal(true);
    expect(partly.issues).to.deep.equal(['warning events[0].date: not an ISO 8601 date; left out']);
    const timeline = await settled();
    expect(timeline.localName).to.equal('lede-timeline');
    expect(shadowText(timeline)).to.contain('Shown').and.not.contain('Left out');
  });

  it('turns spreadsheet rows pasted into the import box into a timeline in the preview', async () => {
    const rows = 'Year\tMonth\tDay\tHeadline\tText\n2024\t12\t25\tPlane lands in Aktau\tThe first report.\n2025\t10\t9\tLeaders meet in Dushanbe\tThe second report.\n';
    const importBox = field<HTMLTextAreaElement>('import-text');
    importBox.value = rows;
    const checked = oneEvent(page(), 'playground-update');
    importBox.dispatchEvent(new (frame.contentWindow as typeof window).InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    expect(((await checked) as CustomEvent<PlaygroundUpdate>).detail).to.deep.equal({ ok: true, issues: [] });
    expect(JSON.parse(field<HTMLTextAreaElement>('json').value).events).to.deep.equal([
      { date: '2024-12-25', title: 'Plane lands in Aktau', text: 'The first report.' },
      { date: '2025-10-09', title: 'Leaders meet in Dushanbe', text: 'The second report.' },
    ]);
    expect(field<HTMLSelectElement>('widget').value).to.equal('timeline');
    const timeline = await settled();
    expect(timeline.localName).to.equal('lede-timeline');
    expect(timeline.getAttribute('state')).to.equal('ready');
    expect(shadowText(timeline)).to.contain('Plane lands in Aktau').and.contain('Leaders meet in Dushanbe');
  });

  it('copies exactly the embed code lede snippet writes, which renders the same widget in a blank page', async () => {
    const quote = await settled();
    const writeText = sinon.stub(frame.contentWindow!.navigator.clipboard, 'writeText').resolves();
    field<HTMLButtonElement>('copy').click();
    expect(writeText.calledOnce).to.equal(true);
    const copied = writeText.firstCall.args[0];

    // The release's snippet module, with the CDN tag and integrity the build filled in, as `lede snippet` prints.
    const { embedSnippet } = (await import(String('/dist/snippet.mjs'))) as { embedSnippet: typeof EmbedSnippet };
    expect(copied).to.equal(embedSnippet(JSON.parse(field<HTMLTextAreaElement>('json').value)));
    const integrity = (await (await fetch('/dist/integrity.json')).json())['lede.js'];
    expect(copied).to.contain(`integrity="${integrity}"`).and.match(/^<lede-quote>/);

    // A blank page with only the pasted code, loading this build of lede.js instead of the CDN's (offline).
    // Without the hash: the test server serves dist/ through esbuild, so its bytes are not the release's.
    const local = copied.replace(/<script src="https:\/\/cdn\.jsdelivr\.net\/[^"]+\/dist\/lede\.js"[^>]*><\/script>/, '<script src="/dist/lede.js" async></script>');
    expect(local).to.not.equal(copied);
    const blank = document.createElement('iframe');
    blank.style.width = '768px';
    blank.srcdoc = `<!doctype html><meta charset="utf-8"><body>${local}</body>`;
    document.body.append(blank);
    try {
      const [pasted] = await frameSettled(blank, 1);
      expect(pasted?.getAttribute('state')).to.equal('ready');
      expect(shadowText(pasted!)).to.equal(shadowText(quote));
      expect(shadowText(pasted!)).to.contain('Владимир Путин');
    } finally {
      blank.remove();
    }
  });

  it('sets the preview to 375, 768 and 1280 px wide, and its theme, locale and direction', async () => {
    const preview = field('preview-frame');
    for (const width of [375, 1280, 768]) {
      page().querySelector<HTMLButtonElement>(`.pg-widths button[data-width="${width}"]`)!.click();
      expect(preview.getBoundingClientRect().width).to.equal(width);
    }
    const select = (id: string, value: string) => {
      const control = field<HTMLSelectElement>(id);
      control.value = value;
      control.dispatchEvent(new (frame.contentWindow as typeof window).Event('change'));
    };
    select('theme', 'dark');
    select('direction', 'rtl');
    const locale = field<HTMLInputElement>('locale');
    locale.value = 'ar';
    locale.dispatchEvent(new (frame.contentWindow as typeof window).Event('input'));
    expect(previewElement()?.getAttribute('theme')).to.equal('dark');
    expect(previewElement()?.getAttribute('locale')).to.equal('ar');
    expect(field('preview').getAttribute('dir')).to.equal('rtl');
    expect(frame.contentWindow!.getComputedStyle(previewElement()!).direction).to.equal('rtl');
  });
});
