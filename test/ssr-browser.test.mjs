// Server-rendered HTML in Chromium: what readers see with JavaScript off, that it is the
// client render's text, and that lede.js hydrates it without a fetch and without a visible change.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { inlineBlocks, renderToString } from '../dist/ssr.mjs';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-browser.mjs';
import { serve } from '../scripts/serve.mjs';

const fixture = (name) => JSON.parse(readFileSync(new URL(`../demo/data/${name}`, import.meta.url), 'utf8'));
const DOCUMENTS = {
  quote: fixture('quote-aliyev.ru.json'),
  timeline: fixture('timeline-russia-azerbaijan.en.json'),
  // An article with a quote block inside, right to left.
  article: fixture('sample-article.ar.json'),
  // The seed story with its quote and timeline blocks put inline (they are `src` blocks in the file).
  story: await inlineBlocks(fixture('dushanbe-meeting.ru.json'), (src) => fixture(src)),
};
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

function page(body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title></head><body>
${body}
<script src="/dist/lede.js" async></script></body></html>`;
}

/** Each element rendered on the server. */
const serverPage = page(Object.values(DOCUMENTS).map((document) => renderToString(document)).join('\n'));
/** The same elements as a partner embeds them without server rendering: inline JSON only. */
const clientPage = page(
  Object.values(DOCUMENTS)
    .map((document) => `<lede-${document.type}><script type="application/json">${scriptJson(document)}</script></lede-${document.type}>`)
    .join('\n'),
);

/** The text a reader sees in each widget: its shadow DOM, nested widgets included, without styles and hidden nodes. */
function widgetTexts() {
  const text = (root) =>
    [...root.childNodes]
      .map((node) => {
        if (node.nodeType === Node.TEXT_NODE) return node.data;
        if (node.nodeType !== Node.ELEMENT_NODE || /^(STYLE|SCRIPT|TEMPLATE)$/.test(node.tagName) || node.hidden) return '';
        return text(node.shadowRoot ?? node);
      })
      .join('');
  return [...document.body.children]
    .filter((element) => element.localName.startsWith('lede-'))
    .map((element) => ({ name: element.localName, shadow: !!element.shadowRoot, text: text(element.shadowRoot ?? element).replace(/\s+/g, ' ').trim() }));
}

let browser;
let server;
before(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  server = await serve(0);
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** A page at demo/data/, so the documents' relative URLs (images) resolve as for the JSON files there. */
async function open(context, html) {
  const tab = await context.newPage();
  const url = `${server.origin}/demo/data/ssr-test.html`;
  await tab.route(url, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  return { tab, url };
}

test('with JavaScript off, the server-rendered page shows the headline, the quote and every timeline event', { timeout: 60_000 }, async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const { tab, url } = await open(context, serverPage);
    await tab.goto(url);
    const [quote, timeline, article, story] = await tab.evaluate(widgetTexts);
    assert.deepEqual([quote.shadow, timeline.shadow, article.shadow, story.shadow], [true, true, true, true], 'declarative shadow roots attached');
    assert.ok(quote.text.includes(DOCUMENTS.quote.text), quote.text);
    assert.ok(quote.text.includes('Ильхам Алиев'));
    for (const event of DOCUMENTS.timeline.events) assert.ok(timeline.text.includes(event.title), `timeline shows "${event.title}"`);
    assert.ok(article.text.includes(DOCUMENTS.article.headline));
    const innerQuote = DOCUMENTS.article.body.find((block) => block.type === 'quote');
    // In the Arabic article the quote leads with its Arabic translation, as in the browser.
    assert.ok(article.text.includes(innerQuote.translation.text), 'the article shows its quote block');
    // The seed story: its headline, its quotes and every event of its timeline.
    assert.ok(story.text.includes(DOCUMENTS.story.headline));
    for (const name of ['quote-aliyev.ru.json', 'quote-aliyev-relations.ru.json']) assert.ok(story.text.includes(fixture(name).text), `the story shows ${name}`);
    for (const event of fixture('timeline-russia-azerbaijan.ru.json').events) assert.ok(story.text.includes(event.title), `the story's timeline shows "${event.title}"`);
    // Rendered, not just present: a reader sees them.
    assert.ok(await tab.getByText(DOCUMENTS.article.headline).isVisible());
    assert.ok(await tab.getByText(DOCUMENTS.timeline.events.at(-1).title).isVisible());
    assert.ok(await tab.locator('lede-quote [part~="text"]').first().isVisible());
    const box = await tab.locator('body > lede-timeline').boundingBox();
    assert.ok(box && box.height > 300, 'the timeline takes its room on the page');
    assert.equal(await tab.title(), 'SSR');
  } finally {
    await context.close();
  }
});

test('the server render has the same text as the client render, for each type', { timeout: 60_000 }, async () => {
  const off = await browser.newContext({ javaScriptEnabled: false });
  const on = await browser.newContext();
  try {
    const server = await open(off, serverPage);
    await server.tab.goto(server.url);
    const client = await open(on, clientPage);
    await client.tab.addInitScript(() => {
      window.ledeLoads = 0;
      document.addEventListener('lede-load', () => window.ledeLoads++);
    });
    await client.tab.goto(client.url);
    await client.tab.waitForFunction(() => window.ledeLoads === 4);
    const expected = await client.tab.evaluate(widgetTexts);
    const actual = await server.tab.evaluate(widgetTexts);
    assert.equal(expected.length, 4);
    for (const [index, { name, text }] of expected.entries()) {
      assert.ok(text.length > 100, `${name} rendered on the client`);
      assert.equal(actual[index].text, text, `${name}: server and client text differ`);
    }
  } finally {
    await off.close();
    await on.close();
  }
});

/**
 * A screenshot with the controls that need the script covered: the server keeps their room but
 * leaves them unseen (they would do nothing), and hydration shows them; nothing else may change.
 */
const shoot = (tab) => tab.screenshot({ mask: [tab.locator('[part~="translation-toggle"], [part~="share"], [part~="event-share"]')], maskColor: '#f0f' });

/** Waits until every image in the widgets has loaded (or failed), and two frames have been painted. */
function settled() {
  const images = (root) => [...root.querySelectorAll('*')].flatMap((node) => [...(node.localName === 'img' ? [node] : []), ...(node.shadowRoot ? images(node.shadowRoot) : [])]);
  const loaded = (image) =>
    image.complete ||
    new Promise((resolve) => {
      image.addEventListener('load', resolve, { once: true });
      image.addEventListener('error', resolve, { once: true });
    });
  return Promise.all(images(document).map(loaded)).then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

test('lede.js hydrates the server render: lede-load from the inline data, no request, nothing changes on screen', { timeout: 60_000 }, async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  try {
    const { tab, url } = await open(context, serverPage);
    const requests = [];
    tab.on('request', (request) => requests.push(new URL(request.url()).pathname));
    // Hold lede.js back, to see the page as it is before the script runs.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await tab.route('**/dist/lede.js', async (route) => {
      await held;
      await route.continue();
    });
    await tab.addInitScript(() => {
      window.ledeLoads = [];
      document.addEventListener('lede-load', (event) => window.ledeLoads.push({ name: event.target.localName, issues: event.detail.issues.length }));
    });
    await tab.goto(url, { waitUntil: 'domcontentloaded' });
    // A viewport as tall as the page: lazy images load, and the screenshots hold everything.
    await tab.setViewportSize({ width: 900, height: await tab.evaluate(() => document.documentElement.scrollHeight) });
    await tab.evaluate(settled);
    const before = await tab.evaluate(widgetTexts);
    const shotBefore = await shoot(tab);
    assert.equal(await tab.evaluate(() => customElements.get('lede-quote')), undefined, 'lede.js has not run yet');

    release();
    await tab.waitForFunction(() => window.ledeLoads.length === 4);
    await tab.evaluate(settled);
    const after = await tab.evaluate(widgetTexts);
    const loads = await tab.evaluate(() => window.ledeLoads);
    assert.deepEqual(loads.map(({ name }) => name).sort(), ['lede-article', 'lede-article', 'lede-quote', 'lede-timeline']);
    assert.deepEqual(loads.map(({ issues }) => issues), [0, 0, 0, 0], 'lede-load detail: no issues');
    assert.deepEqual(after, before, 'the text is the same before and after hydration');
    assert.deepEqual(requests.filter((path) => path.endsWith('.json')), [], 'no document was fetched');
    assert.deepEqual(await tab.evaluate(() => [...document.querySelectorAll('body > [state]')].map((element) => element.getAttribute('state'))), ['ready', 'ready', 'ready', 'ready']);
    // Hydrated for real: the widgets respond (the timeline's legend filters events).
    const events = () => tab.evaluate(() => document.querySelector('lede-timeline').shadowRoot.querySelectorAll('[part~="event"]').length);
    assert.equal(await events(), DOCUMENTS.timeline.events.length);
    const shotAfter = await shoot(tab);
    assert.ok(shotAfter.equals(shotBefore), 'the page looks the same, pixel for pixel, before and after hydration, but for the controls it brings');
    await tab.locator('lede-timeline [part~="legend"] button').first().click();
    assert.ok((await events()) < DOCUMENTS.timeline.events.length);
  } finally {
    await context.close();
  }
});

test('with src, the server render stays while the document loads and is replaced in place: nothing moves', { timeout: 60_000 }, async () => {
  const sources = { quote: '/demo/data/quote-aliyev.ru.json', timeline: '/demo/data/timeline-russia-azerbaijan.en.json' };
  const html = page(Object.entries(sources).map(([type, src]) => renderToString(DOCUMENTS[type], { attributes: { src } })).join('\n'));
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  try {
    const { tab, url } = await open(context, html);
    const fetched = [];
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await tab.route('**/demo/data/*.json', async (route) => {
      fetched.push(new URL(route.request().url()).pathname);
      await held;
      await route.continue();
    });
    await tab.addInitScript(() => {
      window.ledeLoads = 0;
      window.shifts = 0;
      document.addEventListener('lede-load', () => window.ledeLoads++);
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => (window.shifts += entry.value))).observe({ type: 'layout-shift', buffered: true });
    });
    await tab.goto(url, { waitUntil: 'domcontentloaded' });
    await tab.setViewportSize({ width: 900, height: await tab.evaluate(() => document.documentElement.scrollHeight) });
    // lede.js runs and asks for both documents; their responses are held, and the server's render stays.
    await tab.waitForFunction(() => document.querySelectorAll('[state="loading"]').length === 2);
    await tab.evaluate(settled);
    const before = await tab.evaluate(widgetTexts);
    const shotBefore = await shoot(tab);
    assert.ok(before.every(({ text }) => text.length > 100), 'the server render is on screen while loading');
    assert.deepEqual(fetched.sort(), Object.values(sources).sort());

    release();
    await tab.waitForFunction(() => window.ledeLoads === 2);
    await tab.evaluate(settled);
    assert.deepEqual(await tab.evaluate(widgetTexts), before, 'the same text once the fetched documents are shown');
    assert.ok((await shoot(tab)).equals(shotBefore), 'the page looks the same, pixel for pixel, but for the controls hydration brings');
    assert.equal(await tab.evaluate(() => window.shifts), 0, 'no layout shift');
  } finally {
    await context.close();
  }
});

test('a long timeline hydrates with every event at once (no chunked re-render of what the server showed)', { timeout: 60_000 }, async () => {
  const events = Array.from({ length: 60 }, (_, index) => ({ id: `e${index}`, date: `2020-02-${String((index % 28) + 1).padStart(2, '0')}`, title: `Event ${index}` }));
  const context = await browser.newContext();
  try {
    const { tab, url } = await open(context, page(renderToString({ type: 'timeline', lang: 'en', events })));
    await tab.addInitScript(() => {
      document.addEventListener('lede-load', (event) => {
        window.shownAtLoad = event.target.shadowRoot.querySelectorAll('[part~="event"]').length;
      });
    });
    await tab.goto(url);
    await tab.waitForFunction(() => window.shownAtLoad !== undefined);
    assert.equal(await tab.evaluate(() => window.shownAtLoad), 60);
  } finally {
    await context.close();
  }
});
