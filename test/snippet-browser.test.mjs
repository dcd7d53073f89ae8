// `lede snippet --src` in Chromium: the fallback's links, read before and without the script,
// point where the widget's links point once it has loaded the document.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { embedSnippet } from '../dist/ssr.mjs';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-browser.mjs';
import { serve } from '../scripts/serve.mjs';

// Relative URLs of every kind, as a partner writes them next to the JSON file.
const QUOTE = {
  type: 'quote',
  text: 'Мы знаем, что произошло.',
  speaker: { name: 'Ильхам Алиев', url: 'bio.html' },
  source: { name: 'Агентство', url: '../sources/agency.html?id=7#top' },
};
const TIMELINE = { type: 'timeline', events: [{ date: '2024-12', title: 'Crash', url: 'events/crash.html' }, { date: '2025-07', title: 'Interview', url: '/archive/interview.html' }] };
const ARTICLE = { type: 'article', headline: 'Meeting in Dushanbe', url: 'story.html', body: [{ type: 'paragraph', text: 'First paragraph.' }] };
const DOCUMENTS = { quote: QUOTE, timeline: TIMELINE, article: ARTICLE };

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

/** A page at /news/2025/page.html embedding each document by `src` (relative to the page), the documents served there. */
async function open(context, src) {
  const tab = await context.newPage();
  const pageUrl = `${server.origin}/news/2025/page.html`;
  const body = Object.entries(DOCUMENTS)
    .map(([type, document]) => embedSnippet(document, { src: src(type), script: '/dist/lede.js' }))
    .join('\n');
  await tab.route(pageUrl, (route) => route.fulfill({ body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>Snippet</title><body>${body}</body></html>`, contentType: 'text/html; charset=utf-8' }));
  for (const [type, document] of Object.entries(DOCUMENTS)) {
    await tab.route(new URL(src(type), pageUrl).href, (route) => route.fulfill({ body: JSON.stringify(document), contentType: 'application/json' }));
  }
  return { tab, pageUrl };
}

/** Each fallback link and quotation source, resolved by the browser, by element. */
const fallbackUrls = () =>
  Object.fromEntries(
    [...document.querySelectorAll('body > [src]')].map((element) => [
      element.localName,
      [...element.querySelectorAll('a[href], blockquote[cite]')].map((link) => link.href ?? link.cite),
    ]),
  );

for (const [name, src] of [
  ['relative to the page', (type) => `data/${type}.json`],
  ['up from the page', (type) => `../feeds/${type}.json`],
  ['rooted', (type) => `/feeds/${type}.json`],
]) {
  test(`snippet --src ${name}: the fallback links where the widget links`, { timeout: 60_000 }, async () => {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const on = await browser.newContext();
    try {
      const before = await open(off, src);
      await before.tab.goto(before.pageUrl);
      const fallback = await before.tab.evaluate(fallbackUrls);

      const after = await open(on, src);
      await after.tab.addInitScript(() => {
        window.ledeLoads = 0;
        document.addEventListener('lede-load', () => window.ledeLoads++);
      });
      await after.tab.goto(after.pageUrl);
      await after.tab.waitForFunction(() => window.ledeLoads === 3);
      // The quote's links as the widget renders them: speaker, then source; the quotation's cite first.
      const widget = await after.tab.evaluate(() => {
        const root = document.querySelector('lede-quote').shadowRoot;
        return [root.querySelector('blockquote').cite, ...[...root.querySelectorAll('a[href]')].map((link) => link.href)];
      });
      const fromDocument = (type, url) => new URL(url, new URL(src(type), after.pageUrl)).href;
      assert.deepEqual(widget, [fromDocument('quote', QUOTE.source.url), fromDocument('quote', QUOTE.speaker.url), fromDocument('quote', QUOTE.source.url)]);
      assert.deepEqual(fallback['lede-quote'], widget);
      // The timeline's and the article's fallback link what the widget resolves from the document's URL (docs/widgets.md).
      assert.deepEqual(fallback['lede-timeline'], TIMELINE.events.map((event) => fromDocument('timeline', event.url)));
      assert.deepEqual(fallback['lede-article'], [fromDocument('article', ARTICLE.url)]);
    } finally {
      await off.close();
      await on.close();
    }
  });
}
