/**
 * The `lede-widgets/react` entry: the three elements as React components, for React 18,
 * whose JSX passes every prop to a custom element as a string attribute and cannot listen
 * to its events. (React 19 can: use the elements themselves with `lede-widgets/jsx`.)
 * `data` is set as a property and `onLedeLoad`, `onLedeError`, … listen to the `lede-*` events.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { LedeArticle as LedeArticleElement } from './components/article/article.js';
import { LedeQuote as LedeQuoteElement } from './components/quote/quote.js';
import { LedeTimeline as LedeTimelineElement } from './components/timeline/timeline.js';
import type { LedeEventMap } from './events.js';

/** @lit/react types a listener by a branded event name: the brand exists only for the compiler. */
function eventName<K extends keyof LedeEventMap>(name: K): EventName<LedeEventMap[K]> {
  return name as EventName<LedeEventMap[K]>;
}

const everyWidgetsEvents = {
  onLedeLoad: eventName('lede-load'),
  onLedeError: eventName('lede-error'),
  onLedeUpdate: eventName('lede-update'),
  onLedeShare: eventName('lede-share'),
};

export const LedeQuote = createComponent({
  react: React,
  tagName: 'lede-quote',
  elementClass: LedeQuoteElement,
  events: everyWidgetsEvents,
  displayName: 'LedeQuote',
});

export const LedeTimeline = createComponent({
  react: React,
  tagName: 'lede-timeline',
  elementClass: LedeTimelineElement,
  events: { ...everyWidgetsEvents, onLedeSelect: eventName('lede-select') },
  displayName: 'LedeTimeline',
});

export const LedeArticle = createComponent({
  react: React,
  tagName: 'lede-article',
  elementClass: LedeArticleElement,
  events: { ...everyWidgetsEvents, onLedeSelect: eventName('lede-select') },
  displayName: 'LedeArticle',
});
