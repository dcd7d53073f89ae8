import { expect } from '@open-wc/testing';
import { restore, stub } from 'sinon';
import '../lede.js';
import { readFixture, settled } from './test-fixtures.js';
import { frameReport } from './page-frame.js';

/** docs/security.md, docs/install.md: the widgets on a host page that styles everything, wraps fetch and loads Lede more than once. */
const AGGRESSIVE = `
  body { font: italic 700 23px/3.1 "Comic Sans MS", cursive; color: #0f0; letter-spacing: 4px; word-spacing: 9px;
    text-transform: uppercase; text-align: right; white-space: pre; text-indent: 40px; font-variant: small-caps; }
  * { box-sizing: content-box; }
  img { width: 100%; height: auto; border: 5px solid red; }
  p, h2, blockquote, ol, li, figure, a { margin: 50px; padding: 20px; }
`;
const PROPERTIES = ['font-family', 'font-size', 'font-style', 'font-weight', 'color', 'line-height', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align', 'white-space', 'text-indent', 'box-sizing', 'width', 'height', 'margin-top', 'padding-top', 'border-top-width'];

// Quarter pixels: Firefox lays out in 1/60 px, so a widget pushed down to y = 79.3 leaves float
// noise in the offsets inside it (261.49999 for 261.5) that whole-pixel rounding turns into a 1 px move.
const px = (value: number) => Math.round(value * 4) / 4;

/** Computed styles and boxes of every element in every (nested) shadow root, relative to each widget. */
function measure(widgets: Element[]): string[] {
  const lines: string[] = [];
  const visit = (root: ShadowRoot, origin: DOMRect) => {
    root.querySelectorAll('*').forEach((element, index) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      // An element without a box (display: none) reports 0,0 of the viewport, not of its widget.
      const position = box.width || box.height ? `${px(box.left - origin.left)},${px(box.top - origin.top)}` : 'no box';
      lines.push(`${element.localName}#${index} ${PROPERTIES.map((property) => style.getPropertyValue(property)).join('|')} ${position} ${Math.round(box.width)}x${Math.round(box.height)}`);
      if (element.shadowRoot) visit(element.shadowRoot, origin);
    });
  };
  for (const widget of widgets) if (widget.shadowRoot) visit(widget.shadowRoot, widget.getBoundingClientRect());
  return lines;
}

describe('on a hostile host page', () => {
  afterEach(() => {
    restore();
    document.querySelectorAll('body > div, body > style, iframe').forEach((element) => element.remove());
  });

  it('aggressive host CSS changes nothing inside the widgets', async () => {
    stub(console, 'warn');
    const container = document.createElement('div');
    container.style.width = '640px';
    const documents = await Promise.all(['quote-aliyev.ru.json', 'timeline-russia-azerbaijan.ru.json', 'dushanbe-meeting.en.json'].map((name) => readFixture(name)));
    const widgets = ['lede-quote', 'lede-timeline', 'lede-article'].map((tag, index) => {
      const element = document.createElement(tag) as HTMLElement & { data: unknown };
      const body = documents[index].body as Array<{ src?: string }> | undefined;
      // Blocks by src load after the article settles; the measurement needs a finished layout.
      element.data = body ? { ...documents[index], body: body.filter((block) => !block.src) } : documents[index];
      return element;
    });
    const done = Promise.all(widgets.map(settled));
    container.append(...widgets);
    document.body.append(container);
    await done;
    await Promise.all(widgets.flatMap((widget) => [...(widget.shadowRoot?.querySelectorAll('img') ?? [])].map((image) => image.decode().catch(() => undefined))));
    const plain = measure(widgets);
    expect(plain.length).to.be.above(50);
    const style = document.createElement('style');
    style.textContent = AGGRESSIVE;
    document.body.append(style);
    const styled = measure(widgets);
    expect(styled.filter((line, index) => line !== plain[index])).to.deep.equal([]);
    // The check can fail: the same CSS does change an element outside the widgets.
    expect(getComputedStyle(container).textTransform).to.equal('uppercase');
  });

  interface HostReport {
    errors: string[];
    states: string[];
    addedGlobals: string[];
    changedBuiltIns: string[];
    fetched: string[];
    stillWrapped: boolean;
  }

  it('defines no globals but Lit\'s shared registry, touches no built-in, uses a wrapped fetch, survives a second copy and another build', async () => {
    const { report } = await frameReport<HostReport>('/src/test/pages/host.html');
    expect(report.errors).to.deep.equal([]);
    expect(report.states).to.deep.equal(['ready', 'ready', 'ready']);
    // Lit's own: the version lists and the metadata map every Lit copy on a page shares (README, "Security and privacy").
    expect(report.addedGlobals.sort()).to.deep.equal(['litElementVersions', 'litHtmlVersions', 'litPropertyMetadata', 'reactiveElementVersions']);
    // Lit's polyfill of the standard decorator-metadata symbol, defined only where the browser lacks it.
    expect(report.changedBuiltIns).to.deep.equal(['Symbol.metadata']);
    expect(report.fetched.filter((url) => url.includes('/demo/data/')).length).to.be.at.least(3);
    expect(report.stillWrapped).to.equal(true);
  });
});
