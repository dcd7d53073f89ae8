import { html, isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DEFAULT_TIMEOUT, fetchDocument, FetchError, type DocumentValidators } from '../data/fetch-document.js';
import type { DocumentByType, DocumentType, LedeDocument, ModelByType } from '../data/schema.js';
import type { ObjectNode } from '../data/schema-nodes.js';
import { validateInSlices, type Issue } from '../data/validate.js';
import type { LedeErrorCode, LedeEventMap } from '../events.js';
import { prepareDateFormats } from '../dates/format-date.js';
import { resolveLocale, type ResolvedLocale } from '../i18n/locale.js';
import { chooseSource, fetchNewVersion, type LedeChanges } from '../data/load.js';
import { checkAttributes } from './attribute-check.js';
import { followPageTheme } from './follow-page-theme.js';
import { hostStyles } from './host-styles.js';
import { awaitInlineJson, INLINE_JSON } from './inline-json.js';
import { lazyLoading } from './lazy-loading.js';
import { nearestLang } from '../i18n/nearest-lang.js';
import { expectData, NO_DATA } from './no-data-warning.js';
import { RefreshPoller } from './refresh-poller.js';
import { renderIssues, renderNotice } from './render-notice.js';
import { reportIssues } from './report-issues.js';
import { retryFocus } from './retry-focus.js';
import { awaitParser, serverRender } from './server-render.js';

export type LedeState = 'loading' | 'ready' | 'error';
export type LedeTheme = 'light' | 'dark' | 'auto';
export type LedeLoading = 'eager' | 'lazy';
export type { LedeChanges };

/**
 * What every Lede widget shares: where the data comes from (docs/widgets.md), its
 * validation, `state`, events, fallback content, the error notice with retry
 * and the `debug` list. Subclasses only render a validated model.
 */
export abstract class LedeElement<T extends DocumentType> extends LitElement {
  static override styles = [hostStyles];

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    timeout: { type: Number },
    theme: { reflect: true },
    locale: {},
    debug: { type: Boolean, reflect: true },
    loading: {},
    refresh: { type: Number },
    state: { reflect: true },
    model: { attribute: false },
    content: { state: true },
    failureCode: { state: true },
    issues: { state: true },
    contextLang: { state: true },
    hasFallback: { state: true },
    failedImages: { state: true },
  };

  /** The document as a plain object; wins over inline JSON and `src`. Checked like any input: a page's own objects are untrusted too. */
  declare data?: DocumentByType[T] | undefined;
  /** URL of a JSON document, fetched without cookies; fetched again when it changes. */
  declare src?: string;
  /** Milliseconds to wait for `src`. */
  timeout = DEFAULT_TIMEOUT;
  /** `light`, `dark` or `auto`: dark when the page behind the widget is dark, followed as the page changes. */
  theme: LedeTheme = 'auto';
  /** BCP 47 tag for dates and UI strings; else the data's `lang`, the nearest `lang`, the browser's. */
  declare locale?: string;
  /** Shows editors, inside the widget, what was left out and why. */
  debug = false;
  /** `eager`, or `lazy`: fetch and render only when the element nears the viewport. */
  loading: LedeLoading = 'eager';
  /** Seconds between checks of `src` for a new version (at least 15); 0 never checks. */
  refresh = 0;
  /** `loading`, `ready` or `error`; set by the element. */
  state: LedeState = 'loading';
  /**
   * @internal An already validated model, set by a parent widget (an article's
   * quote block) so it is not validated twice.
   */
  declare model?: ModelByType[T];

  /** The validated model on screen. */
  protected declare content?: ModelByType[T];
  private declare failureCode?: LedeErrorCode;
  private issues: readonly Issue[] = [];
  private declare contextLang?: string;
  private hasFallback = false;
  /** Image URLs that failed to load (a 404, a blocked host): each widget renders what a missing image gives instead. */
  protected failedImages: ReadonlySet<string> = new Set();

  /** Locale, direction and UI strings, resolved before each render. */
  protected localeInfo: ResolvedLocale = resolveLocale();

  protected abstract readonly documentType: T;
  /** The rules of this widget's document type (a module of `src/data/`). */
  protected abstract readonly schema: ObjectNode;
  protected abstract renderContent(model: ModelByType[T]): TemplateResult;

  #run = 0;
  #abort?: AbortController;
  #needsLoad = true;
  /** What the server rendered, until the widget's own render replaces it. */
  #serverNodes = serverRender(this);
  #waitingToLoad = lazyLoading(this);
  #retryPressed = retryFocus(this);
  #poller = new RefreshPoller(this, () => this.#refreshOnce());
  /** The shown document's ETag / Last-Modified, when it came from `src`. */
  #validators?: DocumentValidators;
  /** Why the last refresh failed, for the `debug` list; the document shown stays. */
  #refreshIssue?: Issue;
  /** `src` is on the network: the loading status is up. */
  #fetching = false;
  /** docs/widgets.md: `lede-load` means rendered, so events wait for the update that shows them. */
  #pendingEvent?: () => void;
  /** Console lines already written: a refresh or a new render does not repeat them. */
  #warned = new Set<string>();
  /** Misspelt attributes, for the `debug` list. */
  #attributeIssues: Issue[] = [];
  /** Nothing to show came by the time the page was parsed. */
  #noDataIssue?: Issue;

  constructor() {
    super();
    followPageTheme(this);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.#serverNodes.push(...root.childNodes);
    // An image's error event does not bubble: one listener catching it on the way down sees every image of the widget.
    root.addEventListener('error', this.#imageFailed, true);
    // Lit would render before the server's nodes, and lose its place when they go.
    this.renderOptions.renderBefore = null;
    return root;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    try {
      return super.scheduleUpdate();
    } catch (error) {
      // Whatever a render meets that throws (a page's broken Intl polyfill, a browser's quirk) ends
      // here, not in the page: the widget fails as with bad data, once; its notice cannot fail again.
      if (this.state !== 'error') this.#fail('invalid-data', [{ path: '', message: String(error), severity: 'error' }]);
    }
  }

  override connectedCallback(): void {
    if (awaitParser(this, () => this.connectedCallback())) return;
    super.connectedCallback();
    this.contextLang = nearestLang(this) ?? navigator.language;
    this.#attributeIssues = checkAttributes(this);
    this.#report(this.#attributeIssues);
    if (this.#needsLoad) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#poller.stop();
    if (this.state === 'loading') {
      // Stop the fetch of a widget that left the page; it loads again if it comes back.
      this.#abort?.abort();
      this.#run++;
      this.#needsLoad = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const sourceChanged = changed.has('data') || changed.has('src') || changed.has('model');
    // A lazy widget fetches and renders nothing until it nears the viewport; the fallback stays.
    if (this.#waitingToLoad()) this.#needsLoad ||= sourceChanged;
    else if (this.#needsLoad || sourceChanged) {
      this.#needsLoad = false;
      void this.#load();
    }
    this.localeInfo = resolveLocale(this.locale, this.content?.lang, this.contextLang);
  }

  /** Loads the data again, as the retry control does. */
  reload(): void {
    this.#needsLoad = true;
    this.requestUpdate();
  }

  protected emit<K extends keyof LedeEventMap>(name: K, detail: LedeEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  async #load(): Promise<void> {
    const run = ++this.#run;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.state = 'loading';
    this.failureCode = undefined;
    this.#validators = this.#refreshIssue = this.#noDataIssue = undefined;
    const prepareDates = () => prepareDateFormats(resolveLocale(this.locale, undefined, this.contextLang).locale);
    try {
      if (this.model) return this.#ready(this.model, this.model, []);
      if (isServer) return; // lede/ssr renders from a model; a `src` block of an article loads in the browser
      let source = chooseSource(this.data, this.querySelector(INLINE_JSON)?.textContent ?? undefined, this.src, document.baseURI);
      const parsing = document.readyState === 'loading';
      if (!source || 'error' in source) {
        if (source && !parsing) return this.#fail('invalid-data', [{ path: '', message: `inline JSON: ${source.error}`, severity: 'error' }]);
        if (parsing) awaitInlineJson(this, () => this.reload()); // not all of it parsed yet
        else
          expectData(this, () => {
            this.#report([(this.#noDataIssue = NO_DATA)]);
            this.requestUpdate();
          });
        // A page that fetches the data itself is idle meanwhile: the first Intl setup goes there
        // (Safari has no requestIdleCallback).
        if (!source) (globalThis.requestIdleCallback ?? setTimeout)(prepareDates);
        return;
      }
      if ('url' in source) {
        const fetching = fetchDocument(source.url, { signal: abort.signal, timeout: this.timeout });
        prepareDates();
        this.#fetching = true;
        this.requestUpdate();
        const fetched = await fetching.finally(() => (this.#fetching = false));
        if (!fetched || run !== this.#run) return; // null only answers a refresh; or src changed meanwhile
        this.#validators = fetched;
        source = { parsedJson: fetched.parsedJson, baseUrl: fetched.url };
      }
      // A long list is checked between tasks; anything else at once, so a server render sees the model.
      const checking = validateInSlices<ModelByType[T]>(this.schema, this.documentType, source.parsedJson, source.baseUrl, abort.signal);
      const result = checking instanceof Promise ? await checking : checking;
      if (!result || run !== this.#run) return;
      if (result.ok) this.#ready(result.model, source.parsedJson, result.issues);
      else this.#fail(result.code, result.issues);
    } catch (error) {
      if (run !== this.#run) return;
      const code = error instanceof FetchError ? error.code : 'fetch-failed';
      this.#fail(code, [{ path: '', message: error instanceof Error ? error.message : String(error), severity: 'error' }]);
    }
  }

  #ready(model: ModelByType[T], data: unknown, issues: readonly Issue[]): void {
    this.content = model;
    this.failedImages = new Set();
    this.issues = issues;
    this.state = 'ready';
    this.#report(issues);
    // The input passed validation, so it is a document of this type.
    this.#pendingEvent = () => this.emit('lede-load', { data: data as LedeDocument, issues });
  }

  #fail(code: LedeErrorCode, issues: readonly Issue[]): void {
    this.content = undefined;
    this.failureCode = code;
    this.issues = issues;
    this.hasFallback = !!this.#serverNodes.length || [...this.childNodes].some((node) =>
      node instanceof Element ? !node.matches('script') : node.nodeType === Node.TEXT_NODE && !!node.textContent?.trim(),
    );
    this.state = 'error';
    this.#report(issues);
    const message = issues.find((issue) => issue.severity === 'error')?.message ?? code;
    this.#pendingEvent = () => this.emit('lede-error', { code, message, issues });
  }

  /**
   * One check of `src` for a new version. A new valid version replaces the
   * shown one in place (`lede-update`); a failure keeps it and says why in `debug`.
   */
  async #refreshOnce(): Promise<boolean> {
    const run = this.#run;
    const previous = this.content;
    try {
      const next = await fetchNewVersion<ModelByType[T]>(new URL(this.src!, document.baseURI).href, this.timeout, this.#validators, this.schema, this.documentType);
      if (run !== this.#run || !previous) return true; // a new load took over
      if (next) {
        this.#validators = next.fetched;
        const changes = this.compareVersions(previous, next.model);
        this.versionChanged(changes, previous, next.model);
        this.content = next.model;
        this.issues = next.issues;
        this.#pendingEvent = () => this.emit('lede-update', { data: next.fetched.parsedJson as LedeDocument, ...changes });
      }
      // The same version again renders nothing (a new one did, setting content), unless it clears a failure from `debug`.
      if (this.#refreshIssue) this.requestUpdate();
      this.#refreshIssue = undefined;
      return true;
    } catch (error) {
      if (run !== this.#run) return true;
      this.#refreshIssue = { path: '', message: `refresh failed (${error instanceof Error ? error.message : error}); the last good version stays`, severity: 'warning' };
      this.requestUpdate();
      return false;
    }
  }

  #imageFailed = (event: Event): void => {
    const image = event.target;
    const src = image instanceof HTMLImageElement ? image.getAttribute('src') : null;
    if (src && !this.failedImages.has(src)) this.failedImages = new Set([...this.failedImages, src]);
  };

  /** What changed between two versions of the document; a timeline compares its events by id. */
  protected compareVersions(previous: ModelByType[T], next: ModelByType[T]): LedeChanges {
    const before = previous as Record<string, unknown>;
    const after = next as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return {
      added: keys.filter((key) => !(key in before)),
      changed: keys.filter((key) => key in before && key in after && JSON.stringify(before[key]) !== JSON.stringify(after[key])),
      removed: keys.filter((key) => !(key in after)),
    };
  }

  /** Called with what a refresh changed, before the new version renders: a timeline marks new events and notes the reader's place. */
  protected versionChanged(_changes: LedeChanges, _previous: ModelByType[T], _next: ModelByType[T]): void {}

  protected override updated(_changed: PropertyValues<this>): void {
    if (this.refresh > 0 && this.src && this.#validators && this.state === 'ready' && this.isConnected) this.#poller.start(this.refresh);
    else this.#poller.stop();
    const dispatch = this.#pendingEvent;
    this.#pendingEvent = undefined;
    dispatch?.();
  }

  #report(issues: readonly Issue[]): void {
    reportIssues(this, issues, this.#warned);
  }

  protected override render(): unknown {
    const slot = html`<slot></slot>`;
    let body: unknown = slot;
    if (this.state === 'ready' && this.content) body = this.renderContent(this.content);
    else if (this.failureCode && !this.hasFallback) body = renderNotice(this.localeInfo, this.failureCode, () => (this.#retryPressed(), this.reload()));
    const issues = [
      ...this.#attributeIssues,
      ...(this.#noDataIssue ? [this.#noDataIssue] : []),
      ...this.issues,
      ...[...this.failedImages].map((src): Issue => ({ path: '', message: `image failed to load: ${src}`, severity: 'warning' })),
      ...(this.#refreshIssue ? [this.#refreshIssue] : []),
    ];
    const list = this.debug && issues.length ? renderIssues(issues) : nothing;
    // Fallback content is the page's: it keeps the page's look, and only what Lede draws is reset.
    // While src is on the network, screen readers hear it once; the fallback stays on screen.
    // Over a server render there is nothing to wait for: it reads as it is.
    const status = this.state === 'loading' && this.#fetching && !this.#serverNodes.length ? html`<span class="hidden-text" role="status">${this.localeInfo.strings.loadingText}</span>` : nothing;
    return body === slot
      ? [slot, list === nothing && status === nothing ? nothing : html`<div class="lede">${status}${list}</div>`]
      : html`<div class="lede">${body}${list}</div>`;
  }
}
