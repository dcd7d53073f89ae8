/**
 * The `lede-widgets/react` entry: the three elements as React components, for React 18,
 * whose JSX passes every prop to a custom element as a string attribute and cannot listen
 * to its events. (React 19 can: use the elements themselves with `lede-widgets/jsx`.)
 * `data` is set as a property and `onLedeLoad`, `onLedeError`, … listen to the `lede-*` events.
 */
import { type EventName } from '@lit/react';
import { LedeArticle as LedeArticleElement } from './components/article/article.js';
import { LedeQuote as LedeQuoteElement } from './components/quote/quote.js';
import { LedeTimeline as LedeTimelineElement } from './components/timeline/timeline.js';
export declare const LedeQuote: import("@lit/react").ReactWebComponent<LedeQuoteElement, {
    onLedeLoad: EventName<CustomEvent<import("./events.js").LedeLoadDetail>>;
    onLedeError: EventName<CustomEvent<import("./events.js").LedeErrorDetail>>;
    onLedeUpdate: EventName<CustomEvent<import("./events.js").LedeUpdateDetail>>;
    onLedeShare: EventName<CustomEvent<import("./events.js").LedeShareDetail>>;
}>;
export declare const LedeTimeline: import("@lit/react").ReactWebComponent<LedeTimelineElement, {
    onLedeSelect: EventName<CustomEvent<import("./events.js").LedeSelectDetail>>;
    onLedeLoad: EventName<CustomEvent<import("./events.js").LedeLoadDetail>>;
    onLedeError: EventName<CustomEvent<import("./events.js").LedeErrorDetail>>;
    onLedeUpdate: EventName<CustomEvent<import("./events.js").LedeUpdateDetail>>;
    onLedeShare: EventName<CustomEvent<import("./events.js").LedeShareDetail>>;
}>;
export declare const LedeArticle: import("@lit/react").ReactWebComponent<LedeArticleElement, {
    onLedeSelect: EventName<CustomEvent<import("./events.js").LedeSelectDetail>>;
    onLedeLoad: EventName<CustomEvent<import("./events.js").LedeLoadDetail>>;
    onLedeError: EventName<CustomEvent<import("./events.js").LedeErrorDetail>>;
    onLedeUpdate: EventName<CustomEvent<import("./events.js").LedeUpdateDetail>>;
    onLedeShare: EventName<CustomEvent<import("./events.js").LedeShareDetail>>;
}>;
