import { date, lang, object, text, url, type Infer } from './schema-nodes.js';
import { sourceSchema } from './schema-parts.js';

export const quoteFields = {
  id: text(),
  lang: lang(),
  text: text(),
  speaker: object({ name: text(), role: text(), image: url(), url: url() }, ['name']),
  source: sourceSchema,
  date: date(),
  dateLabel: text(),
  context: text(),
  url: url(),
  translation: object({ lang: lang(), text: text() }, ['lang', 'text']),
};

export const quoteSchema = object(quoteFields, ['text', 'speaker']);

export type QuoteDocument = { readonly type: 'quote'; readonly version?: 1 } & Infer<typeof quoteSchema, 'input'>;
export type QuoteModel = { readonly type: 'quote'; readonly version?: 1 } & Infer<typeof quoteSchema, 'model'>;
