import { sanitizeHtml } from '../safety/sanitize-html.js';
import { quoteFields } from './quote-schema.js';
import { array, boolean, date, html, lang, object, objectUnless, text, url, variant, type Infer } from './schema-nodes.js';
import { imageSchema } from './schema-parts.js';
import { finishTimeline, timelineFields } from './timeline-schema.js';

const blockSchema = variant({
  paragraph: objectUnless('html', { text: text(), html: html(sanitizeHtml) }, ['text']),
  heading: object({ text: text() }, ['text']),
  list: object({ ordered: boolean(), items: array(text(), { minItems: 1, dropInvalid: true }) }, ['items']),
  image: imageSchema,
  // A quote or timeline block holds its own document's fields, or a `src` to load one.
  quote: objectUnless('src', { src: url(), ...quoteFields }, ['text', 'speaker']),
  timeline: objectUnless('src', { src: url(), ...timelineFields }, ['events'], finishTimeline),
});

export const articleSchema = object(
  {
    id: text(),
    lang: lang(),
    kicker: text(),
    headline: text(),
    dek: text(),
    dateline: text(),
    published: date(),
    updated: date(),
    authors: array(object({ name: text(), url: url() }, ['name']), { dropInvalid: true }),
    publisher: object({ name: text(), url: url(), logo: url() }, ['name']),
    image: imageSchema,
    body: array(blockSchema, { minItems: 1, dropInvalid: true }),
    tags: array(text(), { dropInvalid: true }),
    url: url(),
  },
  ['headline', 'body'],
);

export type ArticleDocument = { readonly type: 'article'; readonly version?: 1 } & Infer<typeof articleSchema, 'input'>;
export type ArticleModel = { readonly type: 'article'; readonly version?: 1 } & Infer<typeof articleSchema, 'model'>;
export type ArticleBlockModel = ArticleModel['body'][number];
