import { expect } from '@open-wc/testing';
import '../lede.js';
import { readFixture, renderWith } from '../test/test-fixtures.js';
import type { LedeElement } from '../internal/lede-element.js';
import type { DocumentType } from '../data/schema.js';

interface Named {
  name: string;
}
interface ManifestElement {
  tagName: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  slots?: Named[];
}

async function manifestElements(): Promise<ManifestElement[]> {
  const manifest: { modules: { path: string; declarations?: ManifestElement[] }[] } = await (await fetch('/custom-elements.json')).json();
  return manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
}

const names = (list: Named[] | undefined) => (list ?? []).map((item) => item.name).sort();

/** Every part name in the shadow root, as `::part()` sees it. */
function renderedParts(element: Element): string[] {
  return [...(element.shadowRoot?.querySelectorAll('[part]') ?? [])].flatMap((node) => (node.getAttribute('part') ?? '').split(/\s+/)).filter(Boolean);
}

/** Renders `tag` in several states and collects what a partner can observe: parts and event types. */
async function observe(tag: string, data: unknown, attributes: string, interact: (element: LedeElement<DocumentType>) => void): Promise<{ parts: Set<string>; events: Set<string> }> {
  const parts = new Set<string>();
  const events = new Set<string>();
  const record = (event: Event) => event.type.startsWith('lede-') && events.add(event.type);
  const types = ['lede-load', 'lede-error', 'lede-share', 'lede-select', 'lede-update'];
  types.forEach((type) => document.addEventListener(type, record));
  try {
    const ready = await renderWith(tag, data, attributes);
    interact(ready);
    await ready.updateComplete;
    renderedParts(ready).forEach((name) => parts.add(name));
    const failed = await renderWith(tag, { type: tag.slice('lede-'.length), broken: true }, 'debug');
    renderedParts(failed).forEach((name) => parts.add(name));
    ready.parentElement?.remove();
    failed.parentElement?.remove();
  } finally {
    types.forEach((type) => document.removeEventListener(type, record));
  }
  return { parts, events };
}

describe('custom-elements.json', () => {
  const cases: [string, string, string, (element: LedeElement<DocumentType>) => void][] = [
    ['lede-quote', 'quote-aliyev.ru.json', 'debug', () => {}],
    ['lede-timeline', 'timeline-russia-azerbaijan.en.json', 'debug layout="horizontal" collapsed-after="3" highlight="last-meeting"', (element) => {
      element.shadowRoot?.querySelector<HTMLElement>('[part~="event"]')?.click();
    }],
    ['lede-article', 'dushanbe-meeting.en.json', 'debug', () => {}],
  ];

  for (const [tag, fixture, attributes, interact] of cases) {
    it(`${tag}: its observed attributes, rendered parts and fired events are in the manifest, and all it lists exists`, async () => {
      const declaration = (await manifestElements()).find((element) => element.tagName === tag);
      expect(declaration, `${tag} is not in custom-elements.json`).to.exist;
      const observedAttributes: string[] = [...((customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes)].sort();
      expect(names(declaration?.attributes)).to.deep.equal(observedAttributes);

      const { parts, events } = await observe(tag, await readFixture(fixture), attributes, interact);
      const listedParts = names(declaration?.cssParts);
      expect([...parts].filter((name) => !listedParts.includes(name)), 'rendered but not in the manifest').to.deep.equal([]);
      const listedEvents = names(declaration?.events);
      expect([...events].filter((name) => !listedEvents.includes(name)), 'fired but not in the manifest').to.deep.equal([]);
      expect(events.has('lede-load') && events.has('lede-error')).to.equal(true);

      // Parts and events that only other states show (a refresh, a copied link, a network
      // failure) must at least be written in the element's code or its base's.
      // An article's quotes and timelines fire their share and select events through it.
      const inside = tag === 'lede-article' ? ['quote', 'timeline', 'article'] : [tag.slice(5)];
      const text = async (path: string) => (await fetch(path)).text();
      // An element's code is its component module and the modules of its folder that it imports (its controllers, its templates).
      const elementCode = async (name: string) => {
        const component = await text(`/src/components/${name}/${name}.component.ts`);
        const modules = [...component.matchAll(/from\s*["']\.\/([\w-]+)\.[jt]s\b/g)].map(([, module]) => text(`/src/components/${name}/${module}.ts`));
        return [component, ...(await Promise.all(modules))].join('\n');
      };
      const source = [
        ...(await Promise.all(inside.map(elementCode))),
        ...(await Promise.all(['/src/internal/lede-element.ts', '/src/internal/render-notice.ts', '/src/internal/heading.ts'].map(text))),
      ].join('\n');
      const written = (name: string) => new RegExp(`["'\`]${name}["'\`]|part="${name}"`).test(source);
      expect(listedParts.filter((name) => !parts.has(name) && !written(name)), 'parts in the manifest that nothing renders').to.deep.equal([]);
      expect(listedEvents.filter((name) => !events.has(name) && !written(name)), 'events in the manifest that nothing fires').to.deep.equal([]);
      const styles = source + (await (await fetch(`/src/components/${tag.slice(5)}/${tag.slice(5)}.styles.ts`)).text());
      expect(names(declaration?.cssProperties).filter((name) => !styles.includes(name)), 'custom properties no style reads').to.deep.equal([]);
      expect(names(declaration?.slots)).to.deep.equal(['']);
    });
  }
});
