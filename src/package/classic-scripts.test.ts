import { expect } from '@open-wc/testing';

const quote = { type: 'quote', text: 'Слова', speaker: { name: 'Имя' } };
const timeline = { type: 'timeline', events: [{ date: '2024-12-25', title: 'Первое событие' }] };
const inline = (tag: string, data: unknown) => `<${tag}><script type="application/json">${JSON.stringify(data)}</script></${tag}>`;

interface FrameReport {
  /** The elements defined after each script ran, in order. */
  steps: string[][];
  loaded: string[];
  errors: string[];
  defined: string[];
  text: Record<string, string>;
}

/**
 * A page of its own (an iframe) with `scripts` as classic script tags after `body`,
 * as a partner embeds them. Resolves once the page has loaded and `expected` widgets have fired lede-load.
 */
function pageWith(scripts: string[], body: string, expected: number): Promise<FrameReport> {
  const frame = document.createElement('iframe');
  const report = new Promise<FrameReport>((resolve) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow || event.data?.kind !== 'lede-test') return;
      window.removeEventListener('message', onMessage);
      resolve(event.data.report);
    };
    window.addEventListener('message', onMessage);
  });
  // The frame reports to this page itself: its errors, which elements exist, what they show.
  frame.srcdoc = `<!doctype html><html lang="ru"><body>
<script>
  const errors = [], loaded = [], steps = [];
  const defined = () => ['lede-quote', 'lede-timeline', 'lede-article'].filter((tag) => customElements.get(tag));
  addEventListener('error', (event) => errors.push(event.message));
  const report = () => parent.postMessage({ kind: 'lede-test', report: { loaded, errors, steps, defined: defined(),
    text: Object.fromEntries([...document.querySelectorAll('lede-quote, lede-timeline')].map((element) => [element.localName, element.shadowRoot ? element.shadowRoot.textContent : '']))
  } }, '*');
  // Once every script has run (load) and the widgets have rendered, in whichever order they come.
  let pageLoaded = false, reported = false;
  const reportWhenDone = () => { if (pageLoaded && loaded.length >= ${expected} && !reported) { reported = true; report(); } };
  addEventListener('load', () => { pageLoaded = true; reportWhenDone(); });
  document.addEventListener('lede-load', (event) => { loaded.push(event.target.localName); reportWhenDone(); });
  document.addEventListener('lede-error', (event) => { errors.push(event.detail.message); report(); });
</script>
${body}
${scripts.map((src) => `<script src="${new URL(src, location.href).href}"></script><script>steps.push(defined())</script>`).join('\n')}
</body></html>`;
  document.body.append(frame);
  return report.finally(() => frame.remove());
}

describe('the classic scripts', () => {
  it('dist/quote.js alone defines <lede-quote> and renders it, and nothing else', async () => {
    const report = await pageWith(['/dist/quote.js'], inline('lede-quote', quote), 1);
    expect(report.errors).to.deep.equal([]);
    expect(report.loaded).to.deep.equal(['lede-quote']);
    expect(report.steps).to.deep.equal([['lede-quote']]);
    expect(report.text['lede-quote']).to.contain('Слова').and.contain('Имя');
  });

  it('dist/timeline.js alone defines <lede-timeline> and renders it, and nothing else', async () => {
    const report = await pageWith(['/dist/timeline.js'], inline('lede-timeline', timeline), 1);
    expect(report.errors).to.deep.equal([]);
    expect(report.loaded).to.deep.equal(['lede-timeline']);
    expect(report.steps).to.deep.equal([['lede-timeline']]);
    expect(report.text['lede-timeline']).to.contain('Первое событие');
  });

  it('dist/quote.js then dist/lede.js: no error, the quote keeps the first definition, the timeline comes from lede.js', async () => {
    const report = await pageWith(['/dist/quote.js', '/dist/lede.js'], inline('lede-quote', quote) + inline('lede-timeline', timeline), 2);
    expect(report.errors).to.deep.equal([]);
    expect([...report.loaded].sort()).to.deep.equal(['lede-quote', 'lede-timeline']);
    expect(report.steps).to.deep.equal([['lede-quote'], ['lede-quote', 'lede-timeline', 'lede-article']]);
    expect(report.text['lede-quote']).to.contain('Слова');
    expect(report.text['lede-timeline']).to.contain('Первое событие');
  });
});
