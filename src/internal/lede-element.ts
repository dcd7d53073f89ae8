import { html, isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { DEFAULT_TIMEOUT, fetchDocument, FetchError, type DocumentValidators } from '../data/fetch-document.js';
import { nearestName } from '../data/nearest-name.js';
import type { DocumentByType, DocumentType, LedeDocument, ModelByType } from '../data/schema.js';
import type { ObjectNode } from '../data/schema-nodes.js';
import { validateInSlices, type Issue } from '../data/validate.js';
import type { LedeErrorCode, LedeEventMap } from '../events.js';
import { prepareDateFormats } from '../dates/format-date.js';
import { resolveLocale, type ResolvedLocale } from '../i18n/locale.js';
import { hostStyles } from './host-styles.js';
import { nearestLang } from './nearest-lang.js';
import { followPageScheme, unfollowPageScheme } from './page-theme.js';
import { RefreshPoller } from './refresh-poller.js';

export type LedeState = 'loading' | 'ready' | 'error';
export type LedeTheme = 'light' | 'dark' | 'auto';
export type LedeLoading = 'eager' | 'lazy';
/** What a refresh changed: timeline event ids, or for other documents the top-level fields. */
export interface LedeChanges {
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
}

/** How near the viewport a lazy widget starts loading: soon enough to be ready when it scrolls in. */
const LAZY_MARGIN = '600px';

const INLINE_JSON = ':scope > script[type="application/json"]';

/** Attributes of every element that reflect no property here; the rest are found with `in`. */
const OTHER_ATTRIBUTES = /^(data-|aria-|on)|^(class|tabindex|is|accesskey|contenteditable|exportparts)$/;

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
    errorCode: { state: true },
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
  private declare errorCode?: LedeErrorCode;
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
  /** Watches a lazy widget until it nears the viewport; unset once it has. */
  #lazyObserver?: IntersectionObserver;
  #near = false;
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

  /**
   * What the server rendered (`lede/ssr`: a declarative shadow root). It stands
   * in like fallback content until the widget has its data: with the document
   * inline that is the first render, in the same task; with `src` it is when the
   * fetched document is ready, and a failed fetch leaves it on screen.
   */
  #serverRender: readonly ChildNode[] = [];

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    this.#serverRender = [...root.childNodes];
    // An image's error event does not bubble: one listener catching it on the way down sees every image of the widget.
    root.addEventListener('error', this.#imageFailed, true);
    // Lit would render before the server's nodes, and lose its place when they go.
    this.renderOptions.renderBefore = null;
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    if (this.state === 'ready' && this.#serverRender.length) {
      for (const node of this.#serverRender) node.remove();
      this.#serverRender = [];
    }
    super.update(changed);
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
    if (this.#parserMayAttachShadow()) return;
    super.connectedCallback();
    this.contextLang = nearestLang(this) ?? navigator.language;
    this.#followPage();
    this.#checkAttributes();
    if (this.#needsLoad) this.requestUpdate();
  }

  #followsPage = false;

  /** `theme="auto"` on the page: the host carries `data-lede-dark` while the page behind it is dark. */
  #followPage(): void {
    const auto = this.isConnected && this.theme !== 'light' && this.theme !== 'dark';
    if (auto === this.#followsPage) return;
    this.#followsPage = auto;
    if (auto) followPageScheme(this, (dark) => this.toggleAttribute('data-lede-dark', dark));
    else {
      unfollowPageScheme(this);
      this.removeAttribute('data-lede-dark');
    }
  }

  /**
   * Made by the parser (the script ran first), with nothing inside it yet: a
   * declarative shadow root may come next, and a shadow root attached before it
   * would make the parser drop the server's render. Connects once the parser
   * has put something inside or after the element.
   */
  #parserMayAttachShadow(): boolean {
    const parsing = (): boolean => {
      if (document.readyState !== 'loading' || this.shadowRoot || this.firstChild) return false;
      for (let node: Node | null = this; node; node = node.parentNode) if (node.nextSibling) return false;
      return true;
    };
    if (!parsing()) return false;
    const connect = () => {
      if (parsing()) return;
      observer.disconnect();
      document.removeEventListener('readystatechange', connect);
      if (this.isConnected) this.connectedCallback();
    };
    const observer = new MutationObserver(connect);
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener('readystatechange', connect);
    return true;
  }

  /** `scr="…"` or `colapsed-after` would be ignored without a word: warned about when near a known name. */
  #checkAttributes(): void {
    // Lit's own idiom: the instance's class holds what its properties observe.
    const known = (this.constructor as typeof LitElement).observedAttributes;
    this.#attributeIssues = [];
    for (const { name } of this.attributes) {
      const nearest = known.includes(name) || OTHER_ATTRIBUTES.test(name) || name in this ? undefined : nearestName(name, known);
      if (nearest) this.#attributeIssues.push({ path: '', message: `unknown attribute "${name}"; did you mean "${nearest}"?`, severity: 'warning' });
    }
    this.#report(this.#attributeIssues);
  }

  /**
   * A widget given nothing would say "loading" forever. It is told once the page is parsed and a
   * frame has passed: a framework sets `data` right after creating the element, well before that.
   */
  #expectData(): void {
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (this.state !== 'loading' || !this.isConnected || this.data !== undefined || this.model || this.src || this.querySelector(INLINE_JSON)) return;
        this.#noDataIssue = { path: '', message: 'no data: set its `data` property, put a <script type="application/json"> in it or give it a `src`', severity: 'warning' };
        this.#report([this.#noDataIssue]);
        this.requestUpdate();
      }),
    );
  }

  #stopWatching(): void {
    this.#lazyObserver?.disconnect();
    this.#lazyObserver = undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#followPage();
    this.#stopWatching();
    this.#poller.stop();
    if (this.state === 'loading') {
      // Stop the fetch of a widget that left the page; it loads again if it comes back.
      this.#abort?.abort();
      this.#run++;
      this.#needsLoad = true;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.#followPage();
    if (this.loading === 'lazy' && !this.#near) {
      // Nothing is fetched or rendered until the widget nears the viewport; the fallback stays.
      this.#needsLoad ||= changed.has('data') || changed.has('src') || changed.has('model');
    } else if (this.#needsLoad || changed.has('data') || changed.has('src') || changed.has('model')) {
      this.#needsLoad = false;
      void this.#load();
    }
    this.localeInfo = resolveLocale(this.locale, this.content?.lang, this.contextLang);
  }

  /**
   * Upgraded while the parser is still inside the element: its inline JSON may come next. The
   * widget renders as soon as that JSON is complete, most often before the page's first paint,
   * so nothing below it moves; DOMContentLoaded is the last word.
   */
  #awaitInlineJson(): void {
    const done = () => {
      observer.disconnect();
      document.removeEventListener('DOMContentLoaded', done);
      this.reload();
    };
    const observer = new MutationObserver(() => {
      const text = this.querySelector(INLINE_JSON)?.textContent?.trim();
      // A JSON object is complete only with its last '}': parse no partial text that cannot be.
      try {
        if (text?.endsWith('}') && JSON.parse(text)) done();
      } catch {
        // not all of it parsed yet
      }
    });
    observer.observe(this, { childList: true, subtree: true, characterData: true });
    document.addEventListener('DOMContentLoaded', done);
  }

  /** Loads the data again, as the retry control does. */
  reload(): void {
    this.#needsLoad = true;
    this.requestUpdate();
  }

  /** Set by the retry control, whose press removes it: focus goes on to what replaces it. */
  #focusAfterRetry = false;

  protected emit<K extends keyof LedeEventMap>(name: K, detail: LedeEventMap[K]['detail']): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  async #load(): Promise<void> {
    const run = ++this.#run;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.state = 'loading';
    this.errorCode = undefined;
    this.#validators = this.#refreshIssue = this.#noDataIssue = undefined;
    try {
      if (this.model) return this.#ready(this.model, this.model, []);
      if (isServer) return; // lede/ssr renders from a model; a `src` block of an article loads in the browser
      let input: unknown = this.data;
      let baseUrl: string | undefined = document.baseURI;
      const inline = input === undefined ? this.querySelector(INLINE_JSON) : null;
      if (inline) {
        try {
          input = JSON.parse(inline.textContent ?? '');
        } catch (error) {
          if (document.readyState === 'loading') return this.#awaitInlineJson(); // not all of it parsed yet
          return this.#fail('invalid-data', [{ path: '', message: `inline JSON: ${String(error)}`, severity: 'error' }]);
        }
      } else if (input === undefined && this.src) {
        const fetching = fetchDocument(new URL(this.src, document.baseURI).href, { signal: abort.signal, timeout: this.timeout });
        prepareDateFormats(resolveLocale(this.locale, undefined, this.contextLang).locale);
        this.#fetching = true;
        this.requestUpdate();
        const fetched = await fetching.finally(() => (this.#fetching = false));
        if (!fetched) return; // null only answers a refresh
        if (run !== this.#run) return; // src changed while we were fetching
        input = fetched.json;
        baseUrl = fetched.url;
        this.#validators = fetched;
      } else if (input === undefined) {
        if (document.readyState === 'loading') this.#awaitInlineJson();
        else this.#expectData();
        // A page that fetches the data itself is idle meanwhile: the first Intl setup goes there
        // (Safari has no requestIdleCallback).
        (globalThis.requestIdleCallback ?? setTimeout)(() => prepareDateFormats(resolveLocale(this.locale, undefined, this.contextLang).locale));
        return; // nothing to show yet: a framework may set `data` later
      }
      // A long list is checked between tasks; anything else at once, so a server render sees the model.
      const checking = validateInSlices<ModelByType[T]>(this.schema, this.documentType, input, baseUrl, abort.signal);
      const result = checking instanceof Promise ? await checking : checking;
      if (!result || run !== this.#run) return;
      if (result.ok) this.#ready(result.model, input, result.issues);
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
    this.errorCode = code;
    this.issues = issues;
    this.hasFallback = !!this.#serverRender.length || [...this.childNodes].some((node) =>
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
      const fetched = await fetchDocument(new URL(this.src!, document.baseURI).href, { timeout: this.timeout, known: this.#validators });
      if (run !== this.#run || !previous) return true; // a new load took over
      if (fetched) {
        const checking = validateInSlices<ModelByType[T]>(this.schema, this.documentType, fetched.json, fetched.url);
        const result = checking instanceof Promise ? await checking : checking;
        if (run !== this.#run) return true;
        if (!result?.ok) throw new Error(`the new version is not valid: ${result?.issues.find((issue) => issue.severity === 'error')?.message}`);
        this.#validators = fetched;
        const changes = this.compareVersions(previous, result.model);
        this.versionChanged(changes);
        this.content = result.model;
        this.issues = result.issues;
        this.#pendingEvent = () => this.emit('lede-update', { data: fetched.json as LedeDocument, ...changes });
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
  protected versionChanged(_changes: LedeChanges): void {}

  protected override updated(_changed: PropertyValues<this>): void {
    if (this.#focusAfterRetry && this.state !== 'loading') {
      // The content, read from its start (focusable only until it loses focus), or the new notice's retry;
      // unless the reader has gone on elsewhere while it loaded.
      this.#focusAfterRetry = false;
      const active = document.activeElement;
      const lost = !active || active === document.body || (active === this && !this.shadowRoot?.activeElement);
      const target = lost ? this.renderRoot.querySelector<HTMLElement>('[part~="retry"]') ?? this.renderRoot.querySelector<HTMLElement>('.lede') : null;
      if (target?.localName === 'div') {
        target.tabIndex = -1;
        target.onblur = () => target.removeAttribute('tabindex');
      }
      target?.focus();
    }
    if (this.refresh > 0 && this.src && this.#validators && this.state === 'ready' && this.isConnected) this.#poller.start(this.refresh);
    else this.#poller.stop();
    if (this.loading === 'lazy' && !this.#near && !this.#lazyObserver) {
      this.#lazyObserver = new IntersectionObserver(
        ([entry]) => {
          if (!entry?.isIntersecting) return;
          this.#near = true;
          this.#stopWatching();
          this.requestUpdate();
        },
        { rootMargin: LAZY_MARGIN },
      );
      this.#lazyObserver.observe(this);
    }
    const dispatch = this.#pendingEvent;
    this.#pendingEvent = undefined;
    dispatch?.();
  }

  /**
   * The one place problems reach the console, so it and the events' `issues` agree. Each line
   * names the element (a page may hold ten); a warning is written once per element.
   */
  #report(issues: readonly Issue[]): void {
    const label = `<${this.localName}${this.id ? ` id="${this.id}"` : ''}${this.src ? ` src="${this.src}"` : ''}>`;
    const errors: string[] = [];
    for (const { path, message, severity } of issues) {
      const line = path ? `${path}: ${message}` : message;
      if (severity === 'error') errors.push(line);
      else if (!this.#warned.has(line)) {
        this.#warned.add(line);
        console.warn(label, line);
      }
    }
    if (errors.length) console.error(label, `could not show its data: ${errors.join('; ')}`);
  }

  protected override render(): unknown {
    const { strings } = this.localeInfo;
    const slot = html`<slot></slot>`;
    let body: unknown = slot;
    if (this.state === 'ready' && this.content) {
      body = this.renderContent(this.content);
    } else if (this.errorCode && !this.hasFallback) {
      const retryable = this.errorCode === 'fetch-failed' || this.errorCode === 'timeout';
      body = html`<div part="notice" role="status" lang=${this.localeInfo.locale} dir=${this.localeInfo.dir}>
        <span>${retryable ? strings.fetchFailed : strings.invalidData}</span>
        ${retryable ? html`<button part="retry" type="button" @click=${() => ((this.#focusAfterRetry = true), this.reload())}>${strings.retry}</button>` : nothing}
      </div>`;
    }
    const issues = [
      ...this.#attributeIssues,
      ...(this.#noDataIssue ? [this.#noDataIssue] : []),
      ...this.issues,
      ...[...this.failedImages].map((src): Issue => ({ path: '', message: `image failed to load: ${src}`, severity: 'warning' })),
      ...(this.#refreshIssue ? [this.#refreshIssue] : []),
    ];
    const list = this.debug && issues.length ? this.#renderIssues(issues) : nothing;
    // Fallback content is the page's: it keeps the page's look, and only what Lede draws is reset.
    // While src is on the network, screen readers hear it once; the fallback stays on screen.
    // Over a server render there is nothing to wait for: it reads as it is.
    const status = this.state === 'loading' && this.#fetching && !this.#serverRender.length ? html`<span class="hidden-text" role="status">${strings.loading}</span>` : nothing;
    return body === slot
      ? [slot, list === nothing && status === nothing ? nothing : html`<div class="lede">${status}${list}</div>`]
      : html`<div class="lede">${body}${list}</div>`;
  }

  #renderIssues(issues: readonly Issue[]): TemplateResult {
    // For editors, like the console: in English.
    return html`<ul part="issues" lang="en" dir="ltr" aria-label=${`Left out: ${issues.length}`}>
      ${issues.map((issue) => html`<li><code>${issue.path}</code> ${issue.message}</li>`)}
    </ul>`;
  }
}
