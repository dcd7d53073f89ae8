/** Helpers for browser tests: fixtures come from demo/data/, so demo and tests share them. */
import type { LedeElement } from './lede-element.js';
import type { DocumentType } from '../data/schema.js';

export async function readFixture<T = Record<string, unknown>>(name: string): Promise<T> {
  const response = await fetch(`/demo/data/${name}`);
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.json();
}

/** The element in the widget's shadow root that carries `part="name"`. */
export function part(element: Element, name: string): HTMLElement | null {
  return element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

export function parts(element: Element, name: string): HTMLElement[] {
  return [...(element.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
}

/** Resolves with the next lede-load or lede-error of `element`. */
export function settled(element: Element): Promise<CustomEvent> {
  return new Promise((resolve) => {
    const done = (event: Event) => {
      element.removeEventListener('lede-load', done);
      element.removeEventListener('lede-error', done);
      resolve(event as CustomEvent);
    };
    element.addEventListener('lede-load', done);
    element.addEventListener('lede-error', done);
  });
}

/** Parses markup into a fresh container on the page (styled with `containerStyle`) and returns its first element. */
export function mount<E extends LedeElement<DocumentType>>(markup: string, containerStyle = ''): E {
  const container = document.createElement('div');
  container.style.cssText = containerStyle;
  container.innerHTML = markup;
  document.body.append(container);
  return container.firstElementChild as E;
}

/**
 * Sets `data` as a page without types can: anything at all (broken documents, fixtures
 * read as plain JSON). The property's type is the partner's guide, not a check.
 */
export function setData(element: LedeElement<DocumentType>, data: unknown): void {
  Object.assign(element, { data });
}

/** Mounts `<tag attributes>`, sets its `data` and resolves once it has rendered or failed. */
export async function renderWith<E extends LedeElement<DocumentType>>(tag: string, data: unknown, attributes = '', containerStyle = ''): Promise<E> {
  const element = mount<E>(`<${tag} ${attributes}></${tag}>`, containerStyle);
  const done = settled(element);
  setData(element, data);
  await done;
  return element;
}

/** Text a reader sees in the shadow root, whitespace folded. */
export function visibleText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
