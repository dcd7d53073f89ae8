import { comparePartialDates, type PartialDate } from '../dates/partial-date.js';
import { array, color, date, lang, object, record, text, url, type FinishContext, type Infer } from './schema-nodes.js';
import { imageSchema, sourceSchema } from './schema-parts.js';

const eventSchema = object(
  {
    id: text(),
    date: date(),
    end: date(),
    dateLabel: text(),
    title: text(),
    text: text(),
    category: text(),
    location: text(),
    sources: array(sourceSchema, { dropInvalid: true }),
    image: imageSchema,
    url: url(),
  },
  ['date', 'title'],
);

interface EventFields {
  id?: string;
  date: PartialDate;
  end?: PartialDate;
  category?: string;
}

/**
 * docs/data-format.md: events in date order whatever their order in the file (ties keep
 * file order: the sort is stable), ids unique (a repeat is left out), unknown
 * categories and spans that end before they start reported and ignored.
 */
function finishTimeline(timeline: Record<string, unknown>, { pathOf, warn }: FinishContext): Record<string, unknown> {
  if (!Array.isArray(timeline.events)) return timeline; // a timeline block given by `src`
  const categories = timeline.categories ?? {};
  const seen = new Set<string>();
  const events: EventFields[] = [];
  // Validation put only objects with these fields into `events`.
  const input: EventFields[] = timeline.events;
  for (const event of input) {
    const path = () => pathOf('events', event);
    if (event.id !== undefined) {
      if (seen.has(event.id)) {
        warn(`${path()}.id`, `duplicate id ${JSON.stringify(event.id)}; left out`);
        continue;
      }
      seen.add(event.id);
    }
    if (event.category !== undefined && !Object.hasOwn(categories, event.category)) {
      warn(`${path()}.category`, `unknown category ${JSON.stringify(event.category)}; shown without one`);
      delete event.category;
    }
    if (event.end && comparePartialDates(event.end, event.date) < 0) {
      warn(`${path()}.end`, 'ends before it starts; ignored');
      delete event.end;
    }
    events.push(event);
  }
  return { ...timeline, events: events.sort((a, b) => comparePartialDates(a.date, b.date)) };
}

export const timelineFields = {
  id: text(),
  lang: lang(),
  title: text(),
  description: text(),
  categories: record(object({ label: text(), color: color() }, ['label'])),
  events: array(eventSchema, { minItems: 1, dropInvalid: true }),
};

export const timelineSchema = object(timelineFields, ['events'], finishTimeline);
export { finishTimeline };

export type TimelineDocument = { readonly type: 'timeline'; readonly version?: 1 } & Infer<typeof timelineSchema, 'input'>;
export type TimelineModel = { readonly type: 'timeline'; readonly version?: 1 } & Infer<typeof timelineSchema, 'model'>;
export type TimelineEventModel = TimelineModel['events'][number];
