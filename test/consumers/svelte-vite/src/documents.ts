import type { QuoteDocument, TimelineDocument } from 'lede-widgets';

export const quote: QuoteDocument = {
  type: 'quote',
  lang: 'en',
  text: 'We will publish the full record of the meeting.',
  speaker: { name: 'Anna Example', role: 'Press secretary' },
  date: '2025-03-14',
};

export const timeline: TimelineDocument = {
  type: 'timeline',
  lang: 'en',
  title: 'The week in review',
  events: [
    { date: '2025-03-10', title: 'The talks open' },
    { date: '2025-03-12', title: 'A first statement' },
    { date: '2025-03-14', title: 'The record is published' },
  ],
};
