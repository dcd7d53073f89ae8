import type { ReactiveElement } from 'lit';
import type { TimelineEventModel, TimelineModel } from '../../data/timeline-schema.js';
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
export declare function deepLinks(host: ReactiveElement, timeline: () => TimelineModel | undefined, show: (index: number, event: TimelineEventModel) => void): DeepLinks;
