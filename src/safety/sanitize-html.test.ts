import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { renderSafeHtml } from '../internal/render-safe-html.js';
import { ALLOWED_TAGS, sanitizeHtml, safeHtmlToText, type SafeHtml } from './sanitize-html.js';
import { XSS_PAYLOADS } from './xss-corpus.js';

const ALLOWED_ATTRIBUTES = new Set(['href', 'title', 'target', 'cite', 'datetime', 'lang', 'dir']);

function walk(nodes: SafeHtml, visit: (tag: string, attributes: Record<string, string | undefined>) => void): void {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    visit(node.tag, node.attributes);
    walk(node.children, visit);
  }
}

describe('sanitizeHtml', () => {
  it('keeps the allow-list and the text', () => {
    const tree = sanitizeHtml('по данным <a href="https://www.interfax.ru/">«Интерфакса»</a>, <b>38</b> <i>погибших</i><br>и <abbr title="Шанхайская организация сотрудничества">ШОС</abbr>');
    expect(tree).to.deep.equal([
      'по данным ',
      { tag: 'a', attributes: { href: 'https://www.interfax.ru/' }, children: ['«Интерфакса»'] },
      ', ',
      { tag: 'b', attributes: {}, children: ['38'] },
      ' ',
      { tag: 'i', attributes: {}, children: ['погибших'] },
      { tag: 'br', attributes: {}, children: [] },
      'и ',
      { tag: 'abbr', attributes: { title: 'Шанхайская организация сотрудничества' }, children: ['ШОС'] },
    ]);
  });

  it('drops unknown tags but keeps their text, and drops script-like elements with their content', () => {
    expect(safeHtmlToText(sanitizeHtml('<p>абзац <div>блок</div></p><script>x()</script><style>b{}</style>конец'))).to.equal('абзац блокконец');
  });

  it('decodes entities into text, never into markup', () => {
    expect(sanitizeHtml('&lt;b&gt; &amp; &#171;цитата&#187; &laquo;x&raquo;')).to.deep.equal(['<b> & «цитата» «x»']);
  });

  it('allows only http, https and mailto links, target only _blank, rel added at render', () => {
    const hrefs: Array<string | undefined> = [];
    walk(sanitizeHtml('<a href="mailto:desk@partner.example">m</a><a href="ftp://x/">f</a><a href="/rel" target="_blank">r</a><a href="https://x.example/" target="_top">t</a>', 'https://partner.example/data/a.json'), (tag, attributes) => {
      if (tag === 'a') hrefs.push(`${attributes.href}|${attributes.target}`);
    });
    expect(hrefs).to.deep.equal(['mailto:desk@partner.example|undefined', 'undefined|undefined', 'https://partner.example/rel|_blank', 'https://x.example/|undefined']);
  });

  it(`turns each of ${XSS_PAYLOADS.length} hostile payloads into allowed tags and safe attributes only`, () => {
    expect(XSS_PAYLOADS.length).to.be.at.least(100);
    for (const payload of XSS_PAYLOADS) {
      walk(sanitizeHtml(payload, 'https://partner.example/'), (tag, attributes) => {
        expect(ALLOWED_TAGS, payload).to.include(tag);
        for (const [name, value] of Object.entries(attributes)) {
          expect(ALLOWED_ATTRIBUTES.has(name), `${name} in ${payload}`).to.equal(true);
          // Resolved against the document's URL, or a link to a place on the page ('#id').
          if (name === 'href' || name === 'cite') expect(value, payload).to.match(/^(https?:|mailto:|#)/);
        }
      });
    }
  });

  it('renders every payload with nothing executable in the DOM and nothing run', async () => {
    (window as { __pwned?: number }).__pwned = undefined;
    const container = document.createElement('div');
    document.body.append(container);
    for (const payload of XSS_PAYLOADS) {
      render(html`<p>${renderSafeHtml(sanitizeHtml(payload, 'https://partner.example/'))}</p>`, container);
      const elements = [...container.querySelectorAll('*')];
      for (const element of elements) {
        expect(['P', ...ALLOWED_TAGS.map((tag) => tag.toUpperCase())], payload).to.include(element.tagName);
        for (const attribute of element.attributes) expect(attribute.name.startsWith('on'), payload).to.equal(false);
      }
      for (const link of container.querySelectorAll('a')) {
        expect(link.getAttribute('rel'), payload).to.equal('noopener noreferrer');
        if (link.hasAttribute('href')) expect(link.protocol, payload).to.match(/^(https?|mailto):$/);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    container.remove();
  });

  it('never throws, even on odd input', () => {
    for (const input of ['', '<', '<<<>>>', '<a', '<a href=', '&', '&#xFFFFFFF;', '&#0;', '<!--', '<b'.repeat(1000)]) {
      expect(() => sanitizeHtml(input)).not.to.throw();
    }
  });
});
