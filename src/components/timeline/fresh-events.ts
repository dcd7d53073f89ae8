import type { ReactiveElement } from 'lit';
import type { TimelineEventModel } from '../../data/timeline-schema.js';
import type { LedeChanges } from '../../internal/lede-element.js';
import { focusEvent } from './roving-focus.js';

/** How `refresh` matches an event across versions: its id, else its date and title. */
export const keyOf = (event: TimelineEventModel): string => event.id ?? `${event.date.iso} ${event.title}`;

/** Which events a new version added, changed and removed, by `keyOf`. */
export function compareEvents(previous: readonly TimelineEventModel[], next: readonly TimelineEventModel[]): LedeChanges {
  const before = new Map(previous.map((event) => [keyOf(event), JSON.stringify(event)]));
  const after = new Map(next.map((event) => [keyOf(event), JSON.stringify(event)]));
  return {
    added: [...after.keys()].filter((key) => !before.has(key)),
    changed: [...after.keys()].filter((key) => before.has(key) && before.get(key) !== after.get(key)),
    removed: [...before.keys()].filter((key) => !after.has(key)),
  };
}

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
export function freshEvents(host: ReactiveElement, events: () => readonly TimelineEventModel[]): FreshEvents {
  let seenObserver: IntersectionObserver | undefined;
  let unmarkTimer: ReturnType<typeof setTimeout> | undefined;
  const seen = new Set<string>();
  const freshKeys = new Set<string>();
  const heldKeys = new Set<string>();
  const items = () => [...host.renderRoot.querySelectorAll<HTMLElement>('li[data-index]')];
  // Items always show the events of `events()`: the host sets new data and renders it in one microtask, and nothing here runs between.
  const keyAt = (item: HTMLElement) => keyOf(events()[Number(item.dataset.index)]);
  const changed = () => {
    state.markCount++;
    host.requestUpdate();
  };
  /** The event the reader is on: the focused one if it is on screen, else the first whose bottom is; and the focused one. */
  const findPlace = (): ReaderPlace | undefined => {
    const all = items();
    const focused = all.find((item) => item === host.shadowRoot?.activeElement);
    const onScreen = (item: HTMLElement) => item.getBoundingClientRect().bottom > 0 && item.getBoundingClientRect().top < innerHeight;
    const item = (focused && onScreen(focused) ? focused : undefined) ?? all.find((candidate) => candidate.getBoundingClientRect().bottom > 0);
    return item && { key: keyAt(item), top: item.getBoundingClientRect().top, focusedKey: focused && keyAt(focused) };
  };
  const state: FreshEvents = {
    freshKeys,
    heldKeys,
    markCount: 0,
    addVersion({ added, removed }, descending) {
      for (const key of added) {
        freshKeys.add(key);
        if (descending) heldKeys.add(key);
      }
      for (const key of removed) {
        freshKeys.delete(key);
        heldKeys.delete(key);
      }
      if (added.length) changed();
      state.readerPlace = findPlace();
      return added.length && (descending ? heldKeys.size : added.length);
    },
    notePlace() {
      state.readerPlace ??= findPlace();
    },
    showHeld() {
      heldKeys.clear();
      changed();
    },
  };
  host.addController({
    hostDisconnected() {
      seenObserver?.disconnect();
      seenObserver = undefined;
      // Taken off the page before the marks went: they go a few seconds after it is back and seen.
      clearTimeout(unmarkTimer);
      unmarkTimer = undefined;
    },
    hostUpdated() {
      const { readerPlace: place } = state;
      if (place) {
        // After a refresh, events inserted above must not push the reader's event down (nor
        // removed ones pull it up): scroll back by what it moved, and keep focus on the same event.
        state.readerPlace = undefined;
        const all = items();
        const itemOf = (key?: string) => all.find((candidate) => keyAt(candidate) === key);
        const item = itemOf(place.key);
        const moved = item ? item.getBoundingClientRect().top - place.top : 0;
        if (moved) scrollBy(0, moved);
        // The list's items are reused by position: the focused one may now show another event.
        const focused = itemOf(place.focusedKey);
        if (focused) focusEvent(focused, { preventScroll: true });
      }
      if (!freshKeys.size) return;
      // "New" marks go a few seconds after their event has been on screen.
      seenObserver ??= new IntersectionObserver((entries) => {
        for (const entry of entries) if (entry.isIntersecting) seen.add(keyAt(entry.target as HTMLElement));
        if (!seen.size || unmarkTimer) return;
        unmarkTimer = setTimeout(() => {
          unmarkTimer = undefined;
          for (const key of seen) freshKeys.delete(key);
          seen.clear();
          changed();
        }, 3000);
      });
      seenObserver.disconnect();
      for (const item of host.renderRoot.querySelectorAll('li.new')) seenObserver.observe(item);
    },
  });
  return state;
}
