// Writes the reference pages that come from code, so they cannot drift from it:
// - docs/elements/<tag>.md, one per element, from custom-elements.json (which the Custom
//   Elements Manifest analyzer writes from the classes' JSDoc);
// - the field tables of docs/data-format.md, from dist/lede.schema.json (the schema in code).
//   node scripts/reference-docs.mjs            write them (npm run build runs it)
//   node scripts/reference-docs.mjs --check    exit 1, naming the stale pages, if a page differs
// @custom-elements-manifest/to-markdown was tried first: it escapes the backticks inside
// descriptions (so `src` shows as \`src\`), lists protected members and writes one page for
// every module; these pages need none of that, and the mapping is a few lines.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'docs/elements');

/** A table cell: one line, pipes escaped, Markdown inside kept. */
const cell = (text = '') => String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${String(text).replace(/\s*\n\s*/g, ' ')}\`` : '');

function table(head, rows) {
  if (rows.length === 0) return [];
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`), ''];
}

const EXAMPLES = {
  'lede-quote': '<lede-quote src="/data/quote.json">\n  <blockquote>The words, readable without JavaScript.</blockquote>\n</lede-quote>',
  'lede-timeline': '<lede-timeline src="/data/timeline.json" collapsed-after="5">\n  <ol><li>The events, readable without JavaScript.</li></ol>\n</lede-timeline>',
  'lede-article': '<lede-article src="/data/article.json">\n  <article>The story, readable without JavaScript.</article>\n</lede-article>',
};

const DOCUMENT_TYPES = { 'lede-quote': 'QuoteDocument', 'lede-timeline': 'TimelineDocument', 'lede-article': 'ArticleDocument' };
// Defaults the manifest gives by name, read from the source that declares them.
const CONSTANTS = {
  DEFAULT_TIMEOUT: /export const DEFAULT_TIMEOUT = ([\d_]+);/.exec(readFileSync(join(root, 'src/data/fetch-document.ts'), 'utf8'))?.[1].replaceAll('_', ''),
};

/** The base class's generic types and named defaults, as each element's reader sees them. */
function readable(text, tagName) {
  if (!text) return text;
  const named = CONSTANTS[text] ?? text;
  return named.replace(/DocumentByType\[T\]/g, DOCUMENT_TYPES[tagName] ?? 'object').replace(/( \| undefined)+/g, ' | undefined');
}

/** The page for one element declaration of the manifest. */
export function elementPage(element) {
  const shown = (text) => code(readable(text, element.tagName));
  const publicMembers = (element.members ?? []).filter((member) => !member.static && (member.privacy ?? 'public') === 'public' && !member.name.startsWith('#'));
  const fields = publicMembers.filter((member) => member.kind === 'field');
  const methods = publicMembers.filter((member) => member.kind === 'method');
  const attributeRows = (element.attributes ?? []).map((attribute) => {
    const field = fields.find((member) => member.name === attribute.fieldName);
    const type = attribute.type?.text ?? field?.type?.text;
    return [code(attribute.name), code(attribute.fieldName), shown(type), shown(field?.default ?? attribute.default), attribute.description ?? field?.description];
  });
  const propertyRows = fields.filter((field) => !field.attribute).map((field) => [code(field.name), shown(field.type?.text), field.description]);
  const lines = [
    `# \`<${element.tagName}>\``,
    '',
    '<!-- Written by scripts/element-docs.mjs from custom-elements.json (the JSDoc of the element class). Edit the JSDoc, then `npm run build`. -->',
    '',
    cell(element.summary),
    '',
    ...(element.description ? [element.description.trim(), ''] : []),
    '```html',
    EXAMPLES[element.tagName] ?? `<${element.tagName}></${element.tagName}>`,
    '```',
    '',
    'The data format is in [the data format](../data-format.md); every attribute can also be set as a property.',
    '',
    '## Attributes',
    '',
    ...table(['Attribute', 'Property', 'Type', 'Default', 'Description'], attributeRows),
    ...(propertyRows.length ? ['## Properties without an attribute', '', ...table(['Property', 'Type', 'Description'], propertyRows)] : []),
    ...(methods.length ? ['## Methods', '', ...table(['Method', 'Description'], methods.map((method) => [code(`${method.name}()`), method.description]))] : []),
    '## Events',
    '',
    'Every event bubbles and crosses shadow roots (`composed`), so one listener on `document` hears every widget.',
    '',
    ...table(['Event', 'Detail type', 'Description'], (element.events ?? []).map((event) => [code(event.name), code(event.type?.text), event.description])),
    ...(element.slots?.length ? ['## Slots', '', ...table(['Slot', 'Description'], element.slots.map((slot) => [slot.name ? code(slot.name) : '(default)', slot.description]))] : []),
    '## Parts (`::part()`)',
    '',
    ...table(['Part', 'Description'], (element.cssParts ?? []).map((part) => [code(part.name), part.description])),
    '## Custom properties',
    '',
    'Light and dark values and the shared `--lede-color-*` tokens are in [theming](../theming.md).',
    '',
    ...table(['Property', 'Description'], (element.cssProperties ?? []).map((property) => [code(property.name), property.description])),
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** Every element page, by file name. */
export function elementPages(manifest) {
  const pages = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) pages.set(`${declaration.tagName}.md`, elementPage(declaration));
    }
  }
  return pages;
}

// ---- docs/data-format.md: the field tables, from dist/lede.schema.json ----

/** What each field is, in the docs' words; a field of the schema missing here fails `--check`. */
const FIELD_DESCRIPTIONS = {
  type: 'The document type: `"quote"`, `"timeline"` or `"article"`.',
  version: 'The format version, `1`. Optional; any other version is an error (`unsupported-version`).',
  id: 'An identifier of your choosing: used in deep links (`#id-event`) and share links.',
  lang: 'Language of the content, a BCP 47 tag (`ru`, `en-GB`, `ar`): sets quotation marks, date formats, the widget\'s own strings and the direction.',
  'quote.text': 'The words, without quotation marks: the card adds the language\'s own.',
  'quote.speaker': 'Who said it.',
  'quote.speaker.name': 'The speaker\'s name.',
  'quote.speaker.role': 'Their role, as the story gives it ("президент России").',
  'quote.speaker.image': 'A portrait, shown in a circle; no `alt` needed (the name is beside it). Initials when missing or broken.',
  'quote.speaker.url': 'A page about the speaker; the name links to it.',
  'quote.source': 'Where it was reported: an agency or outlet.',
  'quote.source.name': 'The outlet\'s name.',
  'quote.source.url': 'The report; the source\'s name links to it.',
  'quote.date': 'When it was said: a [date](#dates).',
  'quote.dateLabel': 'Shown instead of the formatted date ("в четверг"); `date` still sorts and stays machine-readable.',
  'quote.context': 'One line of context ("At the meeting with Ilham Aliyev in Dushanbe").',
  'quote.url': 'The quote\'s own address, shared by the share control (else the page\'s).',
  'quote.translation': 'The words in another language: the card leads with the one that matches its locale and keeps the other one click away.',
  'quote.translation.lang': 'The translation\'s language.',
  'quote.translation.text': 'The translated words.',
  'timeline.title': 'The timeline\'s heading.',
  'timeline.description': 'A line under the heading.',
  'timeline.categories': 'Categories by key: `{ "incident": { "label": "Incident", "color": "#c0392b" } }`. Events name a key; the legend filters by them.',
  'timeline.categories.*.label': 'The category\'s name on chips and in the legend.',
  'timeline.categories.*.color': 'Its colour, `#rgb` or `#rrggbb`; the chip\'s text is black or white, whichever keeps 4.5:1.',
  'timeline.events': 'The events, at least one. Shown in date order whatever their order here; events on the same date keep this order.',
  'timeline.events[].id': 'Unique within the timeline: the event\'s deep link (`#timeline-id-event-id`) and its identity across `refresh` updates.',
  'timeline.events[].date': 'When it happened: a [date](#dates).',
  'timeline.events[].end': 'When it ended, for a span ("January 2020 – 15 March 2020").',
  'timeline.events[].dateLabel': 'Shown instead of the formatted date; `date` still sorts.',
  'timeline.events[].title': 'What happened, in a line.',
  'timeline.events[].text': 'More about it, as plain text.',
  'timeline.events[].category': 'A key of `categories`; an unknown key is a warning and the event shows without a chip.',
  'timeline.events[].location': 'Where it happened.',
  'timeline.events[].sources': 'Where it was reported: a list of sources.',
  'timeline.events[].sources[].name': 'The outlet\'s name.',
  'timeline.events[].sources[].url': 'The report.',
  'timeline.events[].image': 'An image of the event.',
  'timeline.events[].url': 'A page about the event, given in the JSON-LD of server renders (the widget links events by their `id`).',
  'article.kicker': 'The line above the headline (a section, a rubric).',
  'article.headline': 'The headline.',
  'article.dek': 'The summary under the headline.',
  'article.dateline': 'Where the story was filed ("Душанбе").',
  'article.published': 'When it was published: a [date](#dates), usually a date-time with its offset.',
  'article.updated': 'When it was last updated; shown when later than `published`.',
  'article.authors': 'The byline: a list of authors.',
  'article.authors[].name': 'The author\'s name.',
  'article.authors[].url': 'The author\'s page; the name links to it.',
  'article.publisher': 'Who publishes the story.',
  'article.publisher.name': 'The publisher\'s name.',
  'article.publisher.url': 'The publisher\'s site.',
  'article.publisher.logo': 'The publisher\'s logo.',
  'article.image': 'The lead image, above the body.',
  'article.body': 'The story, as a list of [blocks](#article-blocks), at least one.',
  'article.body[] (paragraph).text': 'The paragraph, as plain text. A paragraph has `text` or `html`.',
  'article.body[] (paragraph).html': 'The paragraph with inline markup, cleaned to [the allow-list](#the-html-field).',
  'article.body[] (heading).text': 'A heading, one level below the headline.',
  'article.body[] (list).ordered': '`true` for a numbered list.',
  'article.body[] (list).items': 'The items, as plain text, at least one.',
  'article.body[] (quote).src': 'The address of a quote document, relative to the article\'s. Without it the block holds a quote document\'s own fields (`text`, `speaker` …).',
  'article.body[] (timeline).src': 'The address of a timeline document, relative to the article\'s. Without it the block holds a timeline document\'s own fields (`events` …).',
  'article.tags': 'Tags, shown at the end, as plain text.',
  'article.url': 'The story\'s canonical address (in its JSON-LD).',
  'image.src': 'The image\'s address.',
  'image.alt': 'Text for readers who cannot see it; `""` for a decorative image.',
  'image.caption': 'The caption, shown under it.',
  'image.credit': 'Who took or owns it.',
  'image.width': 'Its width in pixels: with `height`, keeps its proportions before it loads.',
  'image.height': 'Its height in pixels.',
};

function kindOf(key, node) {
  if (node.const !== undefined) return `\`"${node.const}"\``;
  if (node.enum) return node.enum.map((value) => `\`${JSON.stringify(value)}\``).join(' or ');
  if (node.type === 'array') return `list of ${kindOf(key, node.items).replace(/^an? /, '')}s`;
  if (node.type === 'object') return node.additionalProperties ? 'object of key → object' : 'object';
  if (node.format === 'uri-reference') return 'URL';
  if (node.pattern?.startsWith('^\\d{4}')) return 'date';
  if (node.pattern?.startsWith('^#')) return 'colour';
  if (key === 'lang') return 'language tag';
  if (key === 'html') return 'HTML';
  if (node.type === 'string') return 'text';
  if (node.oneOf) return 'block';
  return node.type ?? '';
}

function describeField(type, path) {
  const key = path.split('.').pop();
  const image = /(?:^|\.)(?:image|events\[\]\.image|body\[\] \(image\))\.(\w+)$/.exec(path);
  return FIELD_DESCRIPTIONS[`${type}.${path}`] ?? (image && FIELD_DESCRIPTIONS[`image.${image[1]}`]) ?? FIELD_DESCRIPTIONS[key];
}

/** Rows of the field table for one document type: [path, kind, required, description]. */
export function fieldRows(documentSchema) {
  const type = documentSchema.properties.type.const;
  const rows = [];
  const walk = (node, prefix) => {
    if (node.oneOf && !node.type) {
      for (const option of node.oneOf) walk(option, `${prefix} (${option.properties.type.const})`);
      return;
    }
    if (node.type === 'array') return walk(node.items, `${prefix}[]`);
    if (node.type === 'object' && node.additionalProperties) return walk(node.additionalProperties, `${prefix}.*`);
    if (node.type !== 'object') return;
    const embedded = /\((quote|timeline)\)$/.test(prefix);
    for (const [key, field] of Object.entries(node.properties ?? {})) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (embedded && key !== 'src') continue;
      if (prefix.includes('(') && key === 'type') continue;
      rows.push([path, kindOf(key, field), (node.required ?? []).includes(key) ? 'yes' : '', describeField(type, path)]);
      walk(field, path);
    }
  };
  walk(documentSchema, '');
  return rows;
}

/** docs/data-format.md with each `<!-- fields: TYPE -->` … `<!-- /fields -->` table written afresh. */
export function dataFormatPage(page, schema) {
  return page.replace(/(<!-- fields: (\w+) -->\n)[\s\S]*?(<!-- \/fields -->)/g, (whole, open, type, close) => {
    const documentSchema = schema.oneOf.find((option) => option.properties.type.const === type);
    if (!documentSchema) throw new Error(`docs/data-format.md names an unknown document type: ${type}`);
    const rows = fieldRows(documentSchema);
    const missing = rows.filter(([, , , description]) => !description).map(([path]) => `${type}.${path}`);
    if (missing.length) throw new Error(`No description for ${missing.join(', ')}: add one to FIELD_DESCRIPTIONS in scripts/reference-docs.mjs`);
    return `${open}\n${table(['Field', 'Kind', 'Required', 'What it is'], rows.map(([path, kind, required, description]) => [code(path), kind, required, description])).join('\n')}\n${close}`;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const schema = JSON.parse(readFileSync(join(root, 'dist/lede.schema.json'), 'utf8'));
  const pages = new Map([...elementPages(manifest)].map(([name, text]) => [join(outdir, name), text]));
  const dataFormat = join(root, 'docs/data-format.md');
  pages.set(dataFormat, dataFormatPage(readFileSync(dataFormat, 'utf8'), schema));
  if (process.argv.includes('--check')) {
    const stale = [...pages].filter(([file, text]) => {
      try {
        return readFileSync(file, 'utf8') !== text;
      } catch {
        return true;
      }
    });
    if (stale.length) {
      console.error(`Stale reference pages (run npm run build): ${stale.map(([file]) => relative(root, file)).join(', ')}`);
      process.exit(1);
    }
  } else {
    mkdirSync(outdir, { recursive: true });
    for (const [file, text] of pages) writeFileSync(file, text);
  }
}
