// lede/ssr in Node: the HTML, the inline document, the JSON-LD and errors, from the built dist/ssr.mjs.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DocumentFileError, embedSnippet, inlineBlocks, LedeRenderError, renderToStream, renderToString as render } from '../dist/ssr.mjs';

/** The HTML without lit-ssr's hydration markers (comments), as a reader's browser shows it. */
const withoutMarkers = (html) => html.replace(/<!--\/?lit-[^>]*-->|<\?>/g, '');
const renderToString = (...args) => withoutMarkers(render(...args));
const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const fixture = (name) => JSON.parse(readFileSync(new URL(`../demo/data/${name}`, import.meta.url), 'utf8'));

/** The contents of every `<script type=…>` in light DOM (outside the declarative shadow roots). */
function scripts(html, type) {
  const light = html.replace(/<template shadowroot[\s\S]*<\/template>/g, '');
  return [...light.matchAll(/<script type="([^"]+)">([\s\S]*?)<\/script>/g)].filter(([, found]) => found === type).map(([, , body]) => body);
}

/** schema.org properties the issue asks for, per type; every typed node in the graph is checked. */
const REQUIRED = {
  NewsArticle: ['headline', 'datePublished', 'dateModified', 'author', 'publisher', 'image'],
  Quotation: ['text', 'spokenByCharacter', 'creator'],
  ItemList: ['itemListElement', 'numberOfItems'],
  ListItem: ['position', 'item'],
  Event: ['name', 'startDate'],
  Person: ['name'],
  Organization: ['name'],
  ImageObject: ['url'],
  CreativeWork: [],
  Place: ['name'],
};

function checkGraph(node, path = '') {
  if (Array.isArray(node)) return node.forEach((item, index) => checkGraph(item, `${path}[${index}]`));
  if (typeof node !== 'object' || node === null) return;
  if ('@type' in node) {
    const required = REQUIRED[node['@type']];
    assert.ok(required, `${path || 'root'}: unexpected @type ${node['@type']}`);
    for (const property of required) {
      const value = node[property];
      assert.ok(value !== undefined && value !== '' && !(Array.isArray(value) && !value.length), `${path || 'root'} (${node['@type']}) lacks ${property}`);
    }
  }
  for (const [key, value] of Object.entries(node)) checkGraph(value, path ? `${path}.${key}` : key);
}

function jsonLdOf(html) {
  const found = scripts(html, 'application/ld+json');
  assert.equal(found.length, 1, 'one JSON-LD script in light DOM');
  const graph = JSON.parse(found[0]);
  assert.equal(graph['@context'], 'https://schema.org');
  checkGraph(graph);
  return graph;
}

const fullArticle = {
  ...fixture('dushanbe-meeting.en.json'),
  authors: [{ name: 'Anna Petrova', url: 'https://partner.example/authors/petrova' }, { name: 'Ivan Sidorov' }],
  publisher: { name: 'Partner News', url: 'https://partner.example/', logo: 'https://partner.example/logo.svg' },
  image: { src: 'https://partner.example/img/lead.jpg', alt: 'Putin and Aliyev in Dushanbe', caption: 'Dushanbe, 9 October', credit: 'Reuters' },
  url: 'https://partner.example/story',
};

test('a quote: declarative shadow DOM, the document inline, a Quotation', () => {
  const quote = fixture('quote-aliyev.ru.json');
  const html = renderToString({ ...quote, source: { name: 'Интерфакс', url: 'https://www.interfax.ru/' } });
  assert.match(html, /^(<!--[^>]*-->)*<lede-quote\b[^>]*>\s*<template shadowroot="open" shadowrootmode="open">/);
  assert.match(html, /<blockquote part="text"[^>]*>[\s\S]*Мы знаем, что произошло/);
  assert.match(html, /state="ready"/);
  assert.deepEqual(JSON.parse(scripts(html, 'application/json')[0]), { ...quote, source: { name: 'Интерфакс', url: 'https://www.interfax.ru/' } });
  const graph = jsonLdOf(html);
  assert.equal(graph['@type'], 'Quotation');
  assert.equal(graph.text, quote.text);
  assert.equal(graph.spokenByCharacter.name, 'Ильхам Алиев');
  assert.equal(graph.spokenByCharacter.jobTitle, 'президент Азербайджана');
  assert.deepEqual(graph.creator, graph.spokenByCharacter);
  assert.equal(graph.isBasedOn.url, 'https://www.interfax.ru/');
  assert.equal(graph.isBasedOn.publisher.name, 'Интерфакс');
  assert.equal(graph.dateCreated, '2025-07');
  assert.equal(graph.inLanguage, 'ru');
});

test('a timeline: every event rendered (also past the first chunk), category colours, an ItemList of Events', () => {
  const timeline = fixture('timeline-russia-azerbaijan.en.json');
  const many = { ...timeline, events: Array.from({ length: 60 }, (_, index) => ({ id: `e${index}`, date: `2020-01-${String((index % 28) + 1).padStart(2, '0')}`, title: `Event number ${index}` })) };
  for (const document of [timeline, many]) {
    const html = renderToString(document);
    const graph = jsonLdOf(html);
    assert.equal(graph['@type'], 'ItemList');
    assert.equal(graph.itemListElement.length, document.events.length);
    assert.equal(graph.numberOfItems, document.events.length);
    for (const event of document.events) {
      assert.ok(html.includes(`>${escapeText(event.title)}<`), `the HTML shows ${event.title}`);
      assert.ok(graph.itemListElement.some(({ item }) => item['@type'] === 'Event' && item.name === event.title && item.startDate === event.date));
    }
    assert.deepEqual(graph.itemListElement.map(({ position }) => position), document.events.map((_, index) => index + 1));
    assert.doesNotMatch(html, /class="gap"/);
  }
  assert.match(renderToString(timeline), /<style>\.c0\{--_category:#[0-9a-f]{3,6};--_category-text:#(000|fff)\}/);
  const sorted = renderToString(timeline);
  const dates = [...sorted.matchAll(/<time datetime="([^"]+)"/g)].map(([, date]) => date);
  assert.deepEqual(dates, [...dates].sort(), 'events in date order');
});

test('an article: headline, dates, authors, publisher and image in a NewsArticle; inline quotes are parts', () => {
  const html = renderToString(fullArticle, { attributes: { 'heading-level': 1 } });
  assert.match(html, /<h1 part="headline">Putin admits for the first time/);
  assert.match(html, /<time part="published" datetime="2025-10-09T15:00:00\+05:00">October 9, 2025, 3:00\s?PM<\/time>/);
  const graph = jsonLdOf(html);
  assert.equal(graph['@type'], 'NewsArticle');
  assert.equal(graph.headline, fullArticle.headline);
  assert.equal(graph.datePublished, '2025-10-09T15:00:00+05:00');
  assert.equal(graph.dateModified, '2025-10-09T17:20:00+05:00');
  assert.deepEqual(graph.author.map((author) => author.name), ['Anna Petrova', 'Ivan Sidorov']);
  assert.equal(graph.author[0].url, 'https://partner.example/authors/petrova');
  assert.equal(graph.publisher.name, 'Partner News');
  assert.equal(graph.publisher.logo.url, 'https://partner.example/logo.svg');
  assert.equal(graph.image.url, 'https://partner.example/img/lead.jpg');
  assert.equal(graph.dateline, 'Dushanbe');
  const inlineQuotes = fullArticle.body.filter((block) => block.type === 'quote' && !block.src);
  assert.equal(graph.hasPart.filter((part) => part['@type'] === 'Quotation').length, inlineQuotes.length);
  // The quote block inside renders as its own element with its own declarative shadow root.
  assert.match(html, /<lede-quote[^>]*part="quote"[^>]*locale="en"[^>]*>\s*<template shadowroot="open" shadowrootmode="open">/);
});

test('the data cannot break out of its script: </script>, <!-- and U+2028 are escaped and read back', () => {
  const hostile = {
    ...fixture('quote-putin.ru.json'),
    text: '</script><script>alert(1)</script><!-- <script> & \u2028',
    context: '</SCRIPT ><img src=x onerror=alert(2)>',
  };
  const html = renderToString(hostile);
  assert.doesNotMatch(html, /<script>alert|<img src=x/i);
  assert.equal(html.match(/<script/gi).length, 2, 'only the two scripts Lede writes');
  assert.deepEqual(JSON.parse(scripts(html, 'application/json')[0]), hostile);
  assert.equal(JSON.parse(scripts(html, 'application/ld+json')[0]).text, hostile.text);
  // Text in the shadow DOM is escaped text.
  assert.match(html, /&lt;\/script&gt;&lt;script&gt;alert\(1\)/);
});

test('a document without lang renders in English and says so on the element, so the browser agrees', () => {
  const { lang: _lang, ...quote } = fixture('quote-putin.ru.json');
  assert.match(renderToString(quote), /<lede-quote[^>]*\slocale="en"/);
  assert.match(renderToString(quote, { attributes: { locale: 'ru' } }), /<lede-quote[^>]*\slocale="ru"/);
  assert.doesNotMatch(renderToString(fixture('quote-putin.ru.json')), /<lede-quote[^>]*\slocale=/);
});

test('attributes and options reach the element', () => {
  const html = renderToString(fixture('timeline-russia-azerbaijan.en.json'), {
    attributes: { id: 'chronology', theme: 'dark', shareable: true, order: 'desc', 'collapsed-after': 3 },
    jsonLd: false,
  });
  assert.match(html, /<lede-timeline[^>]*id="chronology"[^>]*theme="dark"[^>]*shareable[^>]*order="desc"[^>]*collapsed-after="3"/);
  assert.equal(scripts(html, 'application/ld+json').length, 0);
  // Every event is in the HTML: those after the third in a closed <details> its "Show all" summary opens, with or without the script.
  assert.equal((html.match(/part="event"/g) ?? []).length, 8, 'every event');
  assert.match(html, /<\/ol>\s*<details\s*>\s*<summary part="show-all"\s*>Show all 8 events<\/summary>\s*<ol part="events"/);
  assert.equal((html.slice(0, html.indexOf('<details')).match(/part="event"/g) ?? []).length, 3, 'three before the collapse');
  assert.throws(() => renderToString(fixture('quote-putin.ru.json'), { attributes: { lang: 'ru', theme: 'dark' } }), /unknown attribute "lang"/);
});

test('baseUrl resolves relative URLs in the HTML and the JSON-LD; without it they stay relative', () => {
  const quote = fixture('quote-aliyev.ru.json');
  assert.match(renderToString(quote), /src="\.\.\/img\/aliyev\.svg"/);
  const html = renderToString(quote, { baseUrl: 'https://partner.example/data/aliyev.json' });
  assert.match(html, /src="https:\/\/partner\.example\/img\/aliyev\.svg"/);
  assert.equal(jsonLdOf(html).spokenByCharacter.image, 'https://partner.example/img/aliyev.svg');
});

test('with src: the element fetches it, so the document is not inline; relative URLs resolve against src', () => {
  const quote = fixture('quote-aliyev.ru.json');
  const html = renderToString(quote, { attributes: { src: 'https://partner.example/data/aliyev.json', refresh: 60 } });
  assert.match(html, /<lede-quote[^>]*src="https:\/\/partner\.example\/data\/aliyev\.json"[^>]*refresh="60"/);
  assert.equal(scripts(html, 'application/json').length, 0, 'no inline document');
  assert.equal(scripts(html, 'application/ld+json').length, 1);
  assert.match(html, /<template [^>]*shadowrootmode="open"[\s\S]*Мы знаем, что произошло/);
  assert.match(html, /src="https:\/\/partner\.example\/img\/aliyev\.svg"/);
  // A src on the same site: the document's relative URLs are rewritten from its place, as the browser will read them.
  assert.match(renderToString(quote, { attributes: { src: '/demo/data/quote-aliyev.ru.json' } }), /src="\/demo\/img\/aliyev\.svg"/);
  assert.match(renderToString(quote, { attributes: { src: 'data/quote-aliyev.ru.json' } }), /src="img\/aliyev\.svg"/);
});

test('an invalid document throws LedeRenderError with the issues by path; an invalid item is left out', () => {
  const timeline = fixture('timeline-russia-azerbaijan.en.json');
  assert.throws(
    () => renderToString({ type: 'quote', speaker: {} }),
    (error) => error instanceof LedeRenderError && error.code === 'invalid-data' && error.issues.some((issue) => issue.path === 'text') && /speaker\.name/.test(error.message),
  );
  assert.throws(() => renderToString({ type: 'poem' }), (error) => error instanceof LedeRenderError && error.issues[0].path === 'type');
  assert.throws(() => renderToString({ ...timeline, version: 2 }), (error) => error.code === 'unsupported-version');
  const events = timeline.events.map((event, index) => (index === 3 ? { ...event, date: '2025-13-45' } : event));
  const html = renderToString({ ...timeline, events });
  assert.ok(!html.includes(`>${escapeText(timeline.events[3].title)}<`));
  assert.ok(html.includes(`>${escapeText(timeline.events[4].title)}<`));
  assert.equal(jsonLdOf(html).itemListElement.length, timeline.events.length - 1);
});

test('renderToStream streams the same HTML', async () => {
  const document = fixture('dushanbe-meeting.ru.json');
  let streamed = '';
  for await (const chunk of renderToStream(document)) streamed += chunk;
  assert.equal(streamed, render(document));
  assert.throws(() => renderToStream({ type: 'quote' }), LedeRenderError);
});

test('embedSnippet: the element with inline data or src, a fallback from the document, the script', () => {
  const quote = fixture('quote-aliyev.ru.json');
  const inline = embedSnippet(quote, { script: 'https://cdn.example/lede.js' });
  assert.match(inline, /^<lede-quote>\n  <script type="application\/json">/);
  assert.deepEqual(JSON.parse(scripts(inline, 'application/json')[0]), quote);
  assert.match(inline, /<blockquote><p>«Мы знаем, что произошло[^<]*»<\/p><\/blockquote>/);
  assert.match(inline, /<figcaption>— Ильхам Алиев, президент Азербайджана, <time datetime="2025-07">июль 2025<\/time><\/figcaption>/);
  assert.match(inline, /<\/figcaption>\n      <p>О крушении самолета AZAL в декабре 2024 года<\/p>\n    <\/figure>/, 'the context, for readers without the script too');
  assert.match(inline, /<\/lede-quote>\n<script src="https:\/\/cdn\.example\/lede\.js" async><\/script>\n$/);
  const bySrc = embedSnippet(fixture('timeline-russia-azerbaijan.en.json'), { src: 'https://partner.example/data/timeline.json' });
  assert.match(bySrc, /^<lede-timeline src="https:\/\/partner\.example\/data\/timeline\.json">\n/);
  assert.doesNotMatch(bySrc, /application\/json/);
  assert.equal((bySrc.match(/<li>/g) ?? []).length, 8);
  assert.match(bySrc, /<li><time datetime="2024-12">December 2024<\/time>: Azerbaijan Airlines plane crashes in Kazakhstan\. The AZAL plane/);
  const article = embedSnippet(fullArticle);
  assert.match(article, /<h2><a href="https:\/\/partner\.example\/story">Putin admits/);
  // Every block: each paragraph, each heading, the lead image with its caption; quote and timeline blocks given by src are left to the script.
  const paragraphs = fullArticle.body.filter((block) => block.type === 'paragraph').length;
  assert.equal((article.match(/<p>(?!<)/g) ?? []).length, paragraphs + 1, 'every paragraph and the date');
  for (const block of fullArticle.body.filter((block) => block.type === 'heading')) assert.ok(article.includes(`<h3>${escapeText(block.text)}</h3>`), block.text);
  assert.match(article, /<figure><img src="https:\/\/partner\.example\/img\/lead\.jpg" alt="Putin and Aliyev in Dushanbe" loading="lazy"><figcaption>Dushanbe, 9 October · Reuters<\/figcaption><\/figure>/);
  const inlined = embedSnippet({ type: 'article', headline: 'H', body: [{ type: 'list', ordered: true, items: ['one', 'two'] }, { type: 'quote', ...fixture('quote-aliyev.ru.json') }, { type: 'timeline', ...fixture('timeline-russia-azerbaijan.en.json') }] });
  assert.match(inlined, /<ol><li>one<\/li><li>two<\/li><\/ol>/);
  assert.ok(inlined.includes(escapeText(fixture('quote-aliyev.ru.json').text)), 'a quote block');
  for (const event of fixture('timeline-russia-azerbaijan.en.json').events) assert.ok(inlined.includes(escapeText(event.title).replace(/&quot;/g, '&#34;')), event.title);
});

test('embedSnippet: a right-to-left document\'s fallback carries its language and direction, and its own punctuation', () => {
  const arabicLetters = /[\u0600-\u06ff], [\u0600-\u06ff]/;
  const quote = embedSnippet({ type: 'quote', lang: 'ar', text: 'الجسر مفتوح للجميع.', speaker: { name: 'سلمى حداد', role: 'رئيسة البلدية' }, source: { name: 'صحيفة إيستبروك' }, date: '2024-05' });
  assert.match(quote, /^<lede-quote>\n  <script type="application\/json">.*<\/script>\n  <div lang="ar" dir="rtl">\n    <figure>/);
  assert.match(quote, /<blockquote><p>”الجسر مفتوح للجميع\.“<\/p><\/blockquote>/, 'Arabic quotation marks');
  assert.match(quote, /<figcaption>— سلمى حداد، رئيسة البلدية، صحيفة إيستبروك، <time datetime="2024-05">/, 'the Arabic comma');
  assert.doesNotMatch(quote, arabicLetters, 'no Latin comma between Arabic words');
  // The demo's Arabic story: a Russian quote whose Arabic translation leads, as in the widget.
  const article = embedSnippet(fixture('sample-article.ar.json'));
  assert.match(article, /\n  <div lang="ar" dir="rtl">\n    <h2>/);
  assert.match(article, /<blockquote><p>”السبب يكمن/);
  assert.match(article, /<figcaption>— فلاديمير بوتين، رئيس روسيا، /);
  assert.doesNotMatch(article, arabicLetters);
  // Hebrew and Persian: right to left too, each with its own marks.
  assert.match(embedSnippet({ type: 'quote', lang: 'he', text: 'שלום', speaker: { name: 'דנה' } }), /<div lang="he" dir="rtl">[\s\S]*<p>”שלום”<\/p>/);
  assert.match(embedSnippet({ type: 'quote', lang: 'fa', text: 'سلام', speaker: { name: 'مینا', role: 'شهردار' } }), /<div lang="fa" dir="rtl">[\s\S]*<p>«سلام»<\/p>[\s\S]*— مینا، شهردار</);
  // A quote in another language than its article keeps its own; a document that does not say its language takes its direction from its words.
  assert.match(embedSnippet({ type: 'article', lang: 'en', headline: 'H', body: [{ type: 'quote', lang: 'ar', text: 'نعم', speaker: { name: 'Salma Haddad' } }] }), /<blockquote lang="ar" dir="rtl"><p>”نعم“<\/p><\/blockquote>/);
  assert.match(embedSnippet({ type: 'quote', text: 'نعم', speaker: { name: 'سلمى' } }), /\n  <div dir="auto">\n/);
});

test('renderToString: an Arabic timeline is right to left, its sources separated by the Arabic comma', () => {
  // Lit's markers left out: what the browser shows.
  const html = render({ type: 'timeline', lang: 'ar', events: [{ date: '2024', title: 'حدث', location: 'Mill Bridge, Eastbrook', sources: [{ name: 'رويترز' }, { name: 'وكالة الأنباء' }] }] }).replace(/<!--[^>]*-->/g, '');
  assert.match(html, /<section part="base"[^>]* lang="ar" dir="rtl"/);
  assert.match(html, /<p part="location" dir="auto"\s*>Mill Bridge, Eastbrook<\/p>/);
  assert.match(html, /<bdi>رويترز<\/bdi>، <bdi>وكالة الأنباء<\/bdi>/);
});

test("inlineBlocks: an article's src blocks hold their documents, with relative URLs kept right", async () => {
  const story = fixture('dushanbe-meeting.ru.json');
  const asked = [];
  const inlined = await inlineBlocks(story, (src, path) => {
    asked.push([src, path]);
    return fixture(src);
  });
  assert.deepEqual(asked.map(([src]) => src).sort(), ['quote-aliyev-relations.ru.json', 'quote-aliyev.ru.json', 'timeline-russia-azerbaijan.ru.json']);
  assert.ok(asked.every(([, path]) => /^body\[\d+\]\.src$/.test(path)));
  assert.ok(inlined.body.every((block) => block.src === undefined));
  const html = renderToString(inlined);
  for (const event of fixture('timeline-russia-azerbaijan.ru.json').events) assert.ok(html.includes(`>${escapeText(event.title)}<`), event.title);
  assert.ok(html.includes(escapeText(fixture('quote-aliyev.ru.json').text)));
  assert.deepEqual(story.body.find((block) => block.src), { type: 'quote', src: 'quote-aliyev.ru.json' }, 'the input is left as it was');

  const quote = { type: 'quote', version: 1, text: 't', speaker: { name: 'n', image: '../img/a.svg', url: 'https://x.example/' }, source: { name: 's', url: 'p.html?x=1#y' } };
  const seen = async (src) => (await inlineBlocks({ type: 'article', headline: 'h', body: [{ type: 'quote', src }] }, () => quote)).body[0];
  assert.deepEqual(await seen('q.json'), { type: 'quote', text: 't', speaker: quote.speaker, source: quote.source }, 'no version, no src');
  assert.equal((await seen('data/q.json')).speaker.image, 'img/a.svg');
  assert.equal((await seen('../other/q.json')).source.url, '../other/p.html?x=1#y');
  assert.equal((await seen('https://cdn.example/data/q.json')).speaker.image, 'https://cdn.example/img/a.svg');
  assert.equal((await seen('/data/q.json')).speaker.image, '/img/a.svg', 'a rooted src gives rooted URLs');
  assert.equal((await seen('q.json')).speaker.url, 'https://x.example/');
  // A block whose document cannot be had, or is of another type, stays a src block.
  const kept = await inlineBlocks({ type: 'article', headline: 'h', body: [{ type: 'quote', src: 'a.json' }, { type: 'timeline', src: 'b.json' }] }, (src) => (src === 'a.json' ? undefined : quote));
  assert.deepEqual(kept.body, [{ type: 'quote', src: 'a.json' }, { type: 'timeline', src: 'b.json' }]);
  assert.deepEqual(await inlineBlocks(quote, () => assert.fail('not an article')), quote);
});

test('inlineBlocks({ folder, root }): block files are read from disk only inside the root, by the rules of lede render', async (t) => {
  const scratch = mkdtempSync(join(tmpdir(), 'lede-inline-'));
  t.after(() => rmSync(scratch, { recursive: true, force: true }));
  const site = join(scratch, 'site');
  mkdirSync(site);
  const secret = { type: 'quote', text: 'secret-words', speaker: { name: 'n' } };
  writeFileSync(join(scratch, 'secret.json'), JSON.stringify(secret));
  writeFileSync(join(site, 'quote.json'), JSON.stringify({ ...secret, text: 'site-words' }));
  symlinkSync(join(scratch, 'secret.json'), join(site, 'link.json'));
  const story = (src) => ({ type: 'article', headline: 'h', body: [{ type: 'quote', src }] });

  const inlined = await inlineBlocks(fixture('dushanbe-meeting.ru.json'), { folder: new URL('../demo/data/', import.meta.url).pathname });
  assert.ok(inlined.body.every((block) => block.src === undefined), 'the demo article\'s blocks are read from demo/data');
  assert.equal((await inlineBlocks(story('quote.json'), { folder: site })).body[0].text, 'site-words');

  for (const [src, reason] of [
    [join(scratch, 'secret.json'), /^body\[0\]\.src: "[^"]+": an absolute path; only files inside \S+\/site are read$/],
    ['../secret.json', /^body\[0\]\.src: "\.\.\/secret\.json": outside the root folder; /],
    ['link.json', /^body\[0\]\.src: "link\.json": a symbolic link to a file outside the root folder; /],
    ['/dev/zero', /an absolute path/],
  ]) {
    await assert.rejects(inlineBlocks(story(src), { folder: site }), (error) => error instanceof DocumentFileError && error.problem === 'outside-root' && reason.test(error.message) && !error.message.includes('secret-words'), src);
  }
  // root widens what may be read; the default is the article's folder.
  assert.equal((await inlineBlocks(story('../secret.json'), { folder: site, root: scratch })).body[0].text, 'secret-words');
  assert.equal((await inlineBlocks(story('link.json'), { folder: site, root: scratch })).body[0].text, 'secret-words');

  // What the browser may still load is left to it, with a warning by path.
  const warnings = [];
  const warn = (path, message) => warnings.push(`${path}: ${message}`);
  const kept = await inlineBlocks({ type: 'article', headline: 'h', body: [{ type: 'quote', src: 'gone.json' }, { type: 'quote', src: 'https://partner.example/q.json' }] }, { folder: site, warn });
  assert.deepEqual(kept.body, [{ type: 'quote', src: 'gone.json' }, { type: 'quote', src: 'https://partner.example/q.json' }]);
  assert.deepEqual(warnings, ['body[0].src: "gone.json": cannot read: no such file; left for the browser to load', 'body[1].src: not a local file; left for the browser to load']);
});

test('inlineBlocks: a loaded document nested 100,000 deep is left to the browser, not a RangeError', async () => {
  let deep = [];
  for (let level = 0; level < 100_000; level++) deep = [deep];
  const quote = { type: 'quote', text: 't', speaker: { name: 'n' }, extra: deep };
  const kept = await inlineBlocks({ type: 'article', headline: 'h', body: [{ type: 'quote', src: 'q.json' }] }, () => quote);
  assert.deepEqual(kept.body, [{ type: 'quote', src: 'q.json' }]);
});
