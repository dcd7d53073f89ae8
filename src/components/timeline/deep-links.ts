import type { ReactiveElement } from 'lit';
import type { TimelineEventModel, TimelineModel } from '../../data/timeline-schema.js';

/** A fragment with a malformed escape (`#100%`) is compared as written: decoding it throws. */
function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

export interface DeepLinks {
  /** The id of the event the page's URL fragment names. */
  linked?: string;
  /** The URL fragment that reaches an event: `#<timeline id>-<event id>`. */
  anchorOf(event: TimelineEventModel): string | undefined;
  /** Shows the event the page's URL fragment names, if any. */
  followHash(): void;
}

/**
 * Links to one event (a reactive controller): each event with an id has an
 * anchor; when the page's URL fragment names one (`follow`: with new data, on
 * `hashchange`), the host shows it (`show`), and it is scrolled into view once
 * it is rendered.
 *
 * @param timeline The host's data.
 * @param show Shows the event at this position in the data, rendering and expanding as far as needed.
 */
export function deepLinks(host: ReactiveElement, timeline: () => TimelineModel | undefined, show: (index: number, event: TimelineEventModel) => void): DeepLinks {
  let scrollTo: string | undefined;
  const anchorOf = (event: TimelineEventModel) => {
    const id = timeline()?.id;
    return event.id && (id ? `${id}-${event.id}` : event.id);
  };
  const followHash = () => {
    const fragment = decodeFragment(location.hash.slice(1));
    const events = timeline()?.events ?? [];
    const index = fragment ? events.findIndex((candidate) => anchorOf(candidate) === fragment) : -1;
    if (index < 0) return;
    links.linked = events[index].id;
    scrollTo = fragment;
    show(index, events[index]);
    host.requestUpdate();
  };
  const links: DeepLinks = { anchorOf, followHash };
  host.addController({
    hostConnected: () => addEventListener('hashchange', followHash),
    hostDisconnected: () => removeEventListener('hashchange', followHash),
    hostUpdated() {
      const target = scrollTo;
      const element = target && host.renderRoot.querySelector(`[id="${CSS.escape(target)}"]`);
      if (!element) return;
      scrollTo = undefined;
      // The same timeline embedded twice: the first in the page that shows the event is the one reached.
      const first = [...document.querySelectorAll('lede-timeline')].find((other) => other === host || other.shadowRoot?.getElementById(target));
      if (!first || first === host) element.scrollIntoView({ block: 'center' });
    },
  });
  return links;
}
