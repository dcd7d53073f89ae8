import type { ReactiveElement } from 'lit';
import type { TimelineEventModel } from '../../data/timeline-schema.js';
import type { LedeChanges } from '../../internal/lede-element.js';
/** How `refresh` matches an event across versions: its id, else its date and title. */
export declare const keyOf: (event: TimelineEventModel) => string;
/** Which events a new version added, changed and removed, by `keyOf`. */
export declare function compareEvents(previous: readonly TimelineEventModel[], next: readonly TimelineEventModel[]): LedeChanges;
/** Where the reader was before a refresh or a chunk rendered above: the event on screen and its top, and the focused one. */
export interface ReaderPlace {
    readonly key: string;
    readonly top: number;
    readonly focusedKey?: string;
}
export interface FreshEvents {
    /** Events a refresh brought, marked "new" until the reader has seen them. */
    readonly freshKeys: Set<string>;
    /** With `order="desc"`: new events held behind the "N new events" control. */
    readonly heldKeys: Set<string>;
    /** Bumped whenever the "new" marks or the events held back change: the host shows other events. */
    markCount: number;
    /** Where the reader was, until the host has rendered what moved it. */
    readerPlace?: ReaderPlace;
    /** A new version: its events marked, and held back if `descending`; the reader's place noted. Returns how many new events to announce. */
    addVersion(changes: LedeChanges, descending: boolean): number;
    /** Notes where the reader is (unless already noted), before something renders above them. */
    notePlace(): void;
    /** Shows the events held back. */
    showHeld(): void;
}
/**
 * The events a refresh brings (a reactive controller): marked "new" until the
 * reader has seen them, held behind an "N new events" control in `desc` order,
 * and the reader kept in place while the events above change.
 *
 * @param events The data's events, which the host's items (`<li data-index>`) index.
 */
export declare function freshEvents(host: ReactiveElement, events: () => readonly TimelineEventModel[]): FreshEvents;
