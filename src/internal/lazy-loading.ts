import type { ReactiveControllerHost } from 'lit';

/** How near the viewport a lazy widget starts loading: soon enough to be ready when it scrolls in. */
const LAZY_MARGIN = '600px';

/**
 * `loading="lazy"`: the host waits (nothing fetched or rendered, the fallback
 * stays) until it nears the viewport, then updates once more and loads.
 * Returns whether the host is still waiting.
 */
export function lazyLoading(host: ReactiveControllerHost & Element & { loading: string }): () => boolean {
  let near = false;
  /** Watches the host until it nears the viewport; unset once it has. */
  let observer: IntersectionObserver | undefined;
  const waiting = () => host.loading === 'lazy' && !near;
  const stop = () => {
    observer?.disconnect();
    observer = undefined;
  };
  host.addController({
    hostUpdated() {
      if (!waiting() || observer) return;
      observer = new IntersectionObserver(
        ([entry]) => {
          if (!entry?.isIntersecting) return;
          near = true;
          stop();
          host.requestUpdate();
        },
        { rootMargin: LAZY_MARGIN },
      );
      observer.observe(host);
    },
    hostDisconnected: stop,
  });
  return waiting;
}
