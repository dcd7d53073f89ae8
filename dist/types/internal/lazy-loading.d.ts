import type { ReactiveControllerHost } from 'lit';
/**
 * `loading="lazy"`: the host waits (nothing fetched or rendered, the fallback
 * stays) until it nears the viewport, then updates once more and loads.
 * Returns whether the host is still waiting.
 */
export declare function lazyLoading(host: ReactiveControllerHost & Element & {
    loading: string;
}): () => boolean;
