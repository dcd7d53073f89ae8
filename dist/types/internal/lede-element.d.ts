import { LitElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { DocumentByType, DocumentType, ModelByType } from '../data/schema.js';
import type { ObjectNode } from '../data/schema-nodes.js';
import type { LedeEventMap } from '../events.js';
import { type ResolvedLocale } from '../i18n/locale.js';
import { type LedeChanges } from '../data/load.js';
export type LedeState = 'loading' | 'ready' | 'error';
export type LedeTheme = 'light' | 'dark' | 'auto';
export type LedeLoading = 'eager' | 'lazy';
export type { LedeChanges };
/**
 * What every Lede widget shares: where the data comes from (docs/widgets.md), its
 * validation, `state`, events, fallback content, the error notice with retry
 * and the `debug` list. Subclasses only render a validated model.
 */
export declare abstract class LedeElement<T extends DocumentType> extends LitElement {
    #private;
    static styles: import("lit").CSSResult[];
    static properties: PropertyDeclarations;
    /** The document as a plain object; wins over inline JSON and `src`. Checked like any input: a page's own objects are untrusted too. */
    data?: DocumentByType[T] | undefined;
    /** URL of a JSON document, fetched without cookies; fetched again when it changes. */
    src?: string;
    /** Milliseconds to wait for `src`. */
    timeout: number;
    /** `light`, `dark` or `auto`: dark when the page behind the widget is dark, followed as the page changes. */
    theme: LedeTheme;
    /** BCP 47 tag for dates and UI strings; else the data's `lang`, the nearest `lang`, the browser's. */
    locale?: string;
    /** Shows editors, inside the widget, what was left out and why. */
    debug: boolean;
    /** `eager`, or `lazy`: fetch and render only when the element nears the viewport. */
    loading: LedeLoading;
    /** Seconds between checks of `src` for a new version (at least 15); 0 never checks. */
    refresh: number;
    /** `loading`, `ready` or `error`; set by the element. */
    state: LedeState;
    /**
     * @internal An already validated model, set by a parent widget (an article's
     * quote block) so it is not validated twice.
     */
    model?: ModelByType[T];
    /** The validated model on screen. */
    protected content?: ModelByType[T];
    private failureCode?;
    private issues;
    private contextLang?;
    private hasFallback;
    /** Image URLs that failed to load (a 404, a blocked host): each widget renders what a missing image gives instead. */
    protected failedImages: ReadonlySet<string>;
    /** Locale, direction and UI strings, resolved before each render. */
    protected localeInfo: ResolvedLocale;
    protected abstract readonly documentType: T;
    /** The rules of this widget's document type (a module of `src/data/`). */
    protected abstract readonly schema: ObjectNode;
    protected abstract renderContent(model: ModelByType[T]): TemplateResult;
    constructor();
    protected createRenderRoot(): HTMLElement | DocumentFragment;
    protected scheduleUpdate(): void | Promise<unknown>;
    connectedCallback(): void;
    disconnectedCallback(): void;
    protected willUpdate(changed: PropertyValues<this>): void;
    /** Loads the data again, as the retry control does. */
    reload(): void;
    protected emit<K extends keyof LedeEventMap>(name: K, detail: LedeEventMap[K]['detail']): void;
    /** What changed between two versions of the document; a timeline compares its events by id. */
    protected compareVersions(previous: ModelByType[T], next: ModelByType[T]): LedeChanges;
    /** Called with what a refresh changed, before the new version renders: a timeline marks new events and notes the reader's place. */
    protected versionChanged(_changes: LedeChanges, _previous: ModelByType[T], _next: ModelByType[T]): void;
    protected updated(_changed: PropertyValues<this>): void;
    protected render(): unknown;
}
