import type { ArticleModel, ImageModel, QuoteModel, TimelineModel } from '../data/schema.js';

type Thing = Record<string, unknown>;
type Model = QuoteModel | TimelineModel | ArticleModel;

/** Leaves out what the document does not have, so the graph holds no empty values. */
function compact(thing: Thing): Thing {
  return Object.fromEntries(Object.entries(thing).filter(([, value]) => value !== undefined && !(Array.isArray(value) && !value.length)));
}

function imageObject(image: ImageModel | undefined): Thing | undefined {
  return image && compact({ '@type': 'ImageObject', url: image.src, caption: image.caption || undefined, creditText: image.credit, width: image.width, height: image.height });
}

/** A quote (also a quote block of an article, which has no `type`). */
function quotation(quote: Omit<QuoteModel, 'type'>): Thing {
  const speaker = compact({ '@type': 'Person', name: quote.speaker.name, jobTitle: quote.speaker.role, image: quote.speaker.image, url: quote.speaker.url });
  return compact({
    '@type': 'Quotation',
    text: quote.text,
    inLanguage: quote.lang,
    spokenByCharacter: speaker,
    creator: speaker,
    dateCreated: quote.date?.iso,
    description: quote.context,
    url: quote.url,
    // Where it was reported: the agency's or outlet's report.
    isBasedOn: quote.source && compact({ '@type': 'CreativeWork', url: quote.source.url, publisher: { '@type': 'Organization', name: quote.source.name } }),
    workTranslation: quote.translation && { '@type': 'CreativeWork', inLanguage: quote.translation.lang, text: quote.translation.text },
  });
}

function itemList(timeline: Omit<TimelineModel, 'type'>): Thing {
  return compact({
    '@type': 'ItemList',
    name: timeline.title,
    description: timeline.description,
    inLanguage: timeline.lang,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    numberOfItems: timeline.events.length,
    itemListElement: timeline.events.map((event, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: compact({
        '@type': 'Event',
        name: event.title,
        startDate: event.date.iso,
        endDate: event.end?.iso,
        description: event.text,
        location: event.location === undefined ? undefined : { '@type': 'Place', name: event.location },
        image: imageObject(event.image),
        url: event.url,
      }),
    })),
  });
}

function newsArticle(article: ArticleModel): Thing {
  const { publisher } = article;
  return compact({
    '@type': 'NewsArticle',
    headline: article.headline,
    description: article.dek,
    inLanguage: article.lang,
    articleSection: article.kicker,
    dateline: article.dateline,
    datePublished: article.published?.iso,
    dateModified: (article.updated ?? article.published)?.iso,
    author: article.authors?.map((author) => compact({ '@type': 'Person', name: author.name, url: author.url })),
    publisher: publisher && compact({ '@type': 'Organization', name: publisher.name, url: publisher.url, logo: publisher.logo && { '@type': 'ImageObject', url: publisher.logo } }),
    image: imageObject(article.image),
    keywords: article.tags,
    url: article.url,
    mainEntityOfPage: article.url,
    // Quotes and timelines inside render in the article's shadow DOM, out of a crawler's sight; here they are parts.
    hasPart: article.body.flatMap((block) => {
      if (block.type === 'quote' && block.text !== undefined && block.speaker) return [quotation({ ...block, text: block.text, speaker: block.speaker })];
      if (block.type === 'timeline' && block.events) return [itemList({ ...block, events: block.events })];
      return []; // a block given by `src` is not in this document
    }),
  });
}

/** schema.org JSON-LD for a validated document: a NewsArticle, a Quotation, or an ItemList of Events. */
export function jsonLd(model: Model): Thing {
  const thing = model.type === 'quote' ? quotation(model) : model.type === 'timeline' ? itemList(model) : newsArticle(model);
  return { '@context': 'https://schema.org', ...thing };
}
