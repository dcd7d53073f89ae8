import { isServer, type ReactiveElement } from 'lit';

// Scheduler (Chromium, Firefox): not yet in TypeScript's DOM types.
declare const scheduler: { postTask?(task: () => unknown, options: { priority: 'background' }): Promise<unknown> } | undefined;
const inBackground = (task: () => unknown) =>
  typeof scheduler === 'object' && scheduler.postTask ? scheduler.postTask(task, { priority: 'background' }) : setTimeout(task);

/**
 * Events rendered per task. The first chunk is small, since a screen shows a
 * handful of events and the reader should see them at once; the rest follow
 * in larger chunks, each well under a long task.
 */
const FIRST_CHUNK = 25;
const CHUNK = 100;

/**
 * Up to this many shown events, the rest after the first screen renders in the
 * background, so find-in-page soon sees it all. A longer timeline renders each
 * chunk as it nears the screen (or a key, a link or printing needs it): at
 * 1,000 events and more, holding every event in the page would cost the
 * reader's memory more than a search that misses the unrendered ones.
 */
export const BACKGROUND_LIMIT = 300;

/** Where chunk `chunk` starts in the list of shown events. */
export function chunkStart(chunk: number): number {
  return chunk && FIRST_CHUNK + (chunk - 1) * CHUNK;
}

/** The chunk that holds the shown event at `position`. */
export function chunkOf(position: number): number {
  return position < FIRST_CHUNK ? 0 : 1 + Math.floor((position - FIRST_CHUNK) / CHUNK);
}

export interface ChunkedRendering {
  /** Whether the host renders chunk `chunk`'s events, or a stand-in (`<li class="gap" data-chunk>`). */
  isRendered(chunk: number): boolean;
  /** Renders at least the first `chunks` chunks (all by default). */
  renderFirst(chunks?: number): void;
  /** Renders the chunk holding the shown event at `position` now, ahead of those before it. */
  jumpTo(position: number): void;
  /** Back to the first chunk alone: another choice of events is shown. */
  startOver(): void;
}

/**
 * Renders a long list of events a chunk at a time (a reactive controller).
 * Short lists render the rest in the background, one chunk per task; long ones
 * render a chunk as its stand-in nears the screen, or when a key, a link or
 * printing needs it.
 *
 * @param shownCount How many events the host shows.
 * @param beforeRenderingAbove Called before chunks render above the screen (or all, to print): they move what the reader sees.
 */
export function chunkedRendering(host: ReactiveElement, shownCount: () => number, beforeRenderingAbove: () => void): ChunkedRendering {
  /** Chunks rendered from the start; the rest follow one per task. The server renders them all. */
  let rendered = isServer ? Infinity : 1;
  /** Chunks further down rendered ahead of the others: near the screen, a deep link, `End`, the highlighted event. */
  let jumped: ReadonlySet<number> = new Set();
  /** Watches the stand-ins of chunks not rendered yet, to render each as it nears the screen. */
  let gapObserver: IntersectionObserver | undefined;
  const isRendered = (chunk: number) => chunk < rendered || jumped.has(chunk);
  const chunkAt = (entry: IntersectionObserverEntry) => Number((entry.target as HTMLElement).dataset.chunk);
  const renderChunks = (chunks: number[]) => {
    if (!chunks.every(isRendered)) {
      jumped = new Set([...jumped, ...chunks]);
      host.requestUpdate();
    }
  };
  const renderFirst = (chunks = Infinity) => {
    if (chunks > rendered) {
      rendered = chunks;
      host.requestUpdate();
    }
  };
  /** Printed, a timeline shows every event. */
  const renderAll = () => {
    beforeRenderingAbove();
    renderFirst();
  };
  host.addController({
    hostConnected() {
      addEventListener('beforeprint', renderAll);
      // Taken off the page and back: the chunks still to render go on.
      if (host.hasUpdated) host.requestUpdate();
    },
    hostDisconnected() {
      removeEventListener('beforeprint', renderAll);
      gapObserver?.disconnect();
    },
    hostUpdated() {
      const shown = shownCount();
      // A timeline taken off the page stops here, and goes on when it comes back.
      if (!host.isConnected) return;
      if (chunkStart(rendered) < shown && shown <= BACKGROUND_LIMIT) {
        // The rest of the timeline, one chunk per task: no long task, and find-in-page soon sees
        // it all. At background priority where the browser has it, so the page's own tasks go first.
        // The first screen is painted before the first of them, so it shows at once.
        const next = () => inBackground(() => host.isConnected && renderFirst(rendered + 1));
        if (rendered > 1) next();
        else requestAnimationFrame(next);
      }
      // A chunk renders when its stand-in comes within half a screen of the viewport (in the
      // horizontal track, within a track's width where the browser has `scrollMargin`). One
      // rendered above the screen grows or shrinks what is above the reader: the host keeps the
      // reader's event in place, as browsers with scroll anchoring would, and those without (Safari) need.
      const gaps = host.renderRoot.querySelectorAll('li.gap');
      gapObserver?.disconnect();
      if (!gaps.length) return;
      gapObserver ??= new IntersectionObserver(
        (entries) => {
          const near = entries.filter((entry) => entry.isIntersecting && !isRendered(chunkAt(entry)));
          if (!near.length) return;
          if (near.some((entry) => entry.boundingClientRect.top < 0)) beforeRenderingAbove();
          renderChunks(near.map(chunkAt));
        },
        { rootMargin: '50% 0px', scrollMargin: '50%' } as IntersectionObserverInit,
      );
      for (const gap of gaps) gapObserver.observe(gap);
    },
  });
  return {
    isRendered,
    renderFirst,
    jumpTo: (position) => renderChunks([chunkOf(position)]),
    startOver() {
      rendered = 1;
      jumped = new Set();
      host.requestUpdate();
    },
  };
}
