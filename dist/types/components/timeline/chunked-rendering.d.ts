import { type ReactiveElement } from 'lit';
/**
 * Up to this many shown events, the rest after the first screen renders in the
 * background, so find-in-page soon sees it all. A longer timeline renders each
 * chunk as it nears the screen (or a key, a link or printing needs it): at
 * 1,000 events and more, holding every event in the page would cost the
 * reader's memory more than a search that misses the unrendered ones.
 */
export declare const BACKGROUND_LIMIT = 300;
/** Where chunk `chunk` starts in the list of shown events. */
export declare function chunkStart(chunk: number): number;
/** The chunk that holds the shown event at `position`. */
export declare function chunkOf(position: number): number;
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
export declare function chunkedRendering(host: ReactiveElement, shownCount: () => number, beforeRenderingAbove: () => void): ChunkedRendering;
