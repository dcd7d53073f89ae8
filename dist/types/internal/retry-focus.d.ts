import type { ReactiveControllerHost } from 'lit';
/**
 * The retry control's press removes it: once the retried load ends, focus goes
 * on to what replaced it, the content (read from its start, focusable only
 * until it loses focus) or the new notice's retry; unless the reader has gone
 * on elsewhere meanwhile. Returns what the retry control calls when pressed.
 */
export declare function retryFocus(host: ReactiveControllerHost & HTMLElement & {
    state: string;
    renderRoot: HTMLElement | DocumentFragment;
}): () => void;
