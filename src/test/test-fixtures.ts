/** Helpers for browser tests: fixtures come from demo/data/, so demo and tests share them. */
import { restore, stub } from 'sinon';
import type { LedeElement } from '../internal/lede-element.js';
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

export interface HeldRequest {
  readonly url: string;
  readonly signal: AbortSignal | null | undefined;
  /** Answers with `body` (an object goes out as JSON); a request aborted meanwhile stays rejected, as fetch's would. */
  answer(body: unknown, init?: ResponseInit): void;
}

/**
 * Stubs `fetch` (sinon's `restore()` puts it back) so that each request for a URL under `/held/` waits
 * until the test answers it: the test orders the answers itself instead of guessing a slow server's
 * milliseconds. Other URLs go to the network.
 */
export function holdFetch(): { requests: HeldRequest[]; next(): Promise<HeldRequest> } {
  const requests: HeldRequest[] = [];
  const waiting: Array<(request: HeldRequest) => void> = [];
  const realFetch = window.fetch.bind(window);
  stub(window, 'fetch').callsFake((input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.includes('/held/')) return realFetch(input, init);
    return new Promise<Response>((resolve, reject) => {
      const signal = init?.signal;
      const abort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
      if (signal?.aborted) abort();
      signal?.addEventListener('abort', abort);
      const request: HeldRequest = {
        url,
        signal,
        answer: (body, answerInit) => resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...answerInit })),
      };
      requests.push(request);
      waiting.shift()?.(request);
    });
  });
  let taken = 0;
  return {
    requests,
    next: () => (taken < requests.length ? Promise.resolve(requests[taken++]) : new Promise((resolve) => waiting.push((request) => (taken++, resolve(request))))),
  };
}

/**
 * Resolves once an image with a broken `src`, made now, has failed to load: a hostile
 * `<img src=x onerror=…>` made earlier would have run its handler by then.
 */
export function brokenImageFailed(): Promise<void> {
  return new Promise((resolve) => {
    const image = new Image();
    image.onerror = () => resolve();
    image.src = `/fault/404?image=${Math.random()}`;
  });
}

/**
 * Resolves once `element` and the widgets nested in its shadow root (an article's blocks, some
 * with a `src` of their own) have loaded or failed and have no update pending.
 */
export async function allRendered(element: Element): Promise<void> {
  const widget = element as Element & { state?: string; updateComplete?: Promise<boolean> };
  if (widget.state === 'loading') await settled(element);
  // An update can ask for another: updateComplete is false until none is pending.
  while (widget.updateComplete && !(await widget.updateComplete));
  for (const inner of element.shadowRoot?.querySelectorAll('lede-article, lede-quote, lede-timeline') ?? []) await allRendered(inner);
}

/** Removes what `mount` placed on the page. */
export function unmountAll(): void {
  document.querySelectorAll('body > div').forEach((container) => container.remove());
}

/**
 * Mocha hooks for a suite whose widgets are meant to warn or fail: console.warn and
 * console.error stubbed (sinon's `restore` after each test), and the widgets removed.
 */
export function quietWidgets(): void {
  beforeEach(() => {
    stub(console, 'warn');
    stub(console, 'error');
  });
  afterEach(() => {
    restore();
    unmountAll();
  });
}

/** Mocha hooks that collect what reaches the page during each test: errors and unhandled rejections. */
export function pageErrors(): unknown[] {
  const thrown: unknown[] = [];
  const onError = (event: ErrorEvent) => thrown.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => thrown.push(event.reason);
  beforeEach(() => {
    thrown.length = 0;
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });
  return thrown;
}
