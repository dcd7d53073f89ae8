// What `lede render` and `lede snippet` output gives readers with JavaScript off, in Chromium
// (playwright-core) and Firefox (puppeteer-core, WebDriver BiDi): every event, quote and article
// block readable or one native control away, and no button that would do nothing. Then, with
// JavaScript, that lede.js hydrates the render without moving what the reader already sees.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findEngine, missingEngineMessage, requireAllEngines } from '../scripts/find-browser.mjs';
import { serve } from '../scripts/serve.mjs';
import { puppeteerCore } from '../scripts/test-browsers.mjs';

const root = new URL('..', import.meta.url);
const fixture = (name) => JSON.parse(readFileSync(new URL(`demo/data/${name}`, root), 'utf8'));
const lede = (...args) => execFileSync(process.execPath, ['bin/lede.mjs', ...args], { cwd: root, encoding: 'utf8' });

const TIMELINE = fixture('timeline-russia-azerbaijan.en.json');
const QUOTE = fixture('quote-aliyev.ru.json');
const ARTICLE = fixture('dushanbe-meeting.en.json');

/**
 * What a reader must be able to read in each page: every event's title and text, each quote
 * (in its original or its translation, whichever leads), each paragraph and heading of the
 * story, and what its quote and timeline blocks given by src hold.
 */
const quoteTexts = (quote) => [quote.text, quote.translation?.text].filter(Boolean);
const blockTexts = (block) => {
  const document = block.src ? fixture(block.src) : block;
  if (block.type === 'quote') return [quoteTexts(document)];
  if (block.type === 'timeline') return document.events.flatMap((event) => [[event.title], ...(event.text ? [[event.text]] : [])]);
  return block.text ? [[block.text]] : [];
};
const EXPECTED_TEXTS = [
  ...TIMELINE.events.flatMap((event) => [[event.title], ...(event.text ? [[event.text]] : [])]),
  quoteTexts(QUOTE),
  ...ARTICLE.body.flatMap(blockTexts),
];

const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>No JavaScript</title></head><body>
${body}
<script src="/dist/lede.js" async></script></body></html>`;

const PAGES = {
  // The timeline collapsed after 3 events with copy-link controls, a quote with a translation and a
  // share control, the story with its quote and timeline blocks (put inline by lede render).
  render: page(
    [
      lede('render', '--attr', 'collapsed-after=3', '--attr', 'shareable', 'demo/data/timeline-russia-azerbaijan.en.json'),
      lede('render', '--attr', 'shareable', 'demo/data/quote-aliyev.ru.json'),
      lede('render', 'demo/data/dushanbe-meeting.en.json'),
    ].join('\n'),
  ),
  snippet: page(
    ['timeline-russia-azerbaijan.en.json', 'quote-aliyev.ru.json', 'dushanbe-meeting.en.json']
      .map((name) => lede('snippet', '--script', '/dist/lede.js', `demo/data/${name}`))
      .join('\n'),
  ),
  // The demo's Arabic story on this English (left-to-right) page, by both commands.
  arabic: page([lede('snippet', '--script', '/dist/lede.js', 'demo/data/sample-article.ar.json'), lede('render', 'demo/data/sample-article.ar.json')].join('\n')),
};

/**
 * The repository's files, plus the test pages at demo/data/ (so the documents' relative image
 * URLs resolve as for the JSON files there); lede.js is held back while `holdScript` is set.
 */
let holdScript;
let files;
let site;
let origin;
before(async () => {
  files = await serve(0);
  site = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const name = /^\/demo\/data\/nojs-(\w+)\.html$/.exec(path)?.[1];
    if (name) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(PAGES[name]);
    }
    if (path === '/dist/lede.js') await holdScript;
    const upstream = await fetch(files.origin + request.url).catch(() => null);
    if (!upstream) return response.destroy(); // the test ended while a request was on its way
    response.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream' });
    response.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise((resolve) => site.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${site.address().port}`;
});
after(() => {
  site?.close();
  files?.close();
});

/** Runs in the page: the start of each button a reader could see, through open shadow roots. */
function visibleButtons() {
  const walk = (root) => [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? walk(element.shadowRoot) : [])]);
  return walk(document)
    .filter((element) => element.localName === 'button' && element.checkVisibility({ visibilityProperty: true }))
    .map((element) => element.outerHTML.slice(0, 80));
}

/** Runs in the page: resolves once every widget, nested ones too, is ready and two frames are painted. */
function allReady(count) {
  const walk = (root) => [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? walk(element.shadowRoot) : [])]);
  return new Promise((resolve) => {
    const check = () => {
      const widgets = walk(document).filter((element) => element.localName.startsWith('lede-'));
      if (widgets.length === count && widgets.every((element) => customElements.get(element.localName) && element.state === 'ready' && element.hasUpdated)) {
        requestAnimationFrame(() => requestAnimationFrame(resolve));
      } else requestAnimationFrame(check);
    };
    check();
  });
}

/**
 * Runs in the page: for each expected text, whether a reader sees it (`visible`), or it sits in a
 * closed <details> whose summary is on screen (`reachable`), else `missing`.
 */
function whereTexts(expected) {
  const walk = (root) => [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? walk(element.shadowRoot) : [])]);
  const fold = (text) => text.replace(/\s+/g, ' ').trim();
  const holders = walk(document).filter((element) => !/^(SCRIPT|STYLE|TEMPLATE)$/.test(element.tagName) && [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.data.trim()));
  const parentOf = (node) => node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentElement;
  return expected.map((texts) => {
    const found = holders.filter((element) => texts.some((text) => fold(element.textContent).includes(fold(text))));
    if (found.some((element) => element.checkVisibility({ visibilityProperty: true }))) return 'visible';
    for (const element of found) {
      for (let node = element; node; node = parentOf(node)) {
        if (node.localName === 'details' && !node.open && node.querySelector(':scope > summary')?.checkVisibility({ visibilityProperty: true })) return 'reachable';
      }
    }
    return 'missing';
  });
}

/** Runs in the page: each headline and paragraph, through open shadow roots, with its direction and how far its words end from its content's right edge. */
function textSides() {
  const walk = (root) => [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? walk(element.shadowRoot) : [])]);
  return walk(document)
    .filter((element) => /^(H2|P)$/.test(element.tagName) && element.textContent.trim() && element.checkVisibility())
    .map((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const words = range.getBoundingClientRect();
      const style = getComputedStyle(element);
      const contentRight = element.getBoundingClientRect().right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth);
      return { text: element.textContent.trim().slice(0, 30), direction: style.direction, fromRight: Math.round(contentRight - words.right) };
    });
}

/** Runs in the page: the centre of each closed <details>' summary on screen. */
function summaryCentres() {
  const walk = (root) => [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? walk(element.shadowRoot) : [])]);
  return walk(document)
    .filter((element) => element.localName === 'summary' && !element.parentElement.open && element.checkVisibility({ visibilityProperty: true }))
    .map((summary) => {
      summary.scrollIntoView({ block: 'center' });
      const box = summary.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2, text: summary.textContent.trim() };
    });
}

/** Runs in the page: each visible element's own text with its box, widget by widget. */
function textBoxes() {
  const walk = (root) => [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? walk(element.shadowRoot) : [])]);
  return walk(document)
    .filter((element) => !/^(SCRIPT|STYLE|TEMPLATE)$/.test(element.tagName) && element.checkVisibility({ visibilityProperty: true }))
    .flatMap((element) => {
      const own = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.data).join('').replace(/\s+/g, ' ').trim();
      if (!own) return [];
      const box = element.getBoundingClientRect();
      const control = !!element.closest('button, summary');
      return [{ text: own, control, box: [box.x, box.y + scrollY, box.width, box.height].map((value) => Math.round(value * 10) / 10) }];
    });
}

const ENGINES = {
  chromium: {
    async launch({ javaScript }) {
      const browser = await chromium.launch({ executablePath: findEngine('chromium').executablePath, args: CHROMIUM_ARGS });
      const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 1000, height: 800 } });
      return { tab: await context.newPage(), close: () => browser.close() };
    },
  },
  firefox: {
    async launch({ javaScript }) {
      const browser = await puppeteerCore.launch({
        browser: 'firefox',
        executablePath: findEngine('firefox').executablePath,
        headless: true,
        defaultViewport: { width: 1000, height: 800 },
        extraPrefsFirefox: { 'javascript.enabled': javaScript, 'layout.css.prefers-color-scheme.content-override': 1 },
      });
      return { tab: await browser.newPage(), close: () => browser.close() };
    },
  },
};

for (const [engine, { launch }] of Object.entries(ENGINES)) {
  const found = findEngine(engine);
  if (found.missing && !requireAllEngines()) {
    test(`${engine}: ${missingEngineMessage(engine, found)}`, { skip: true });
    continue;
  }

  describe(engine, () => {
    for (const [name, url] of Object.entries({ 'lede render': 'nojs-render', 'lede snippet': 'nojs-snippet' })) {
      test(`${name} with JavaScript off: every event, quote and paragraph is on screen or behind a summary that opens it; no button shows`, { timeout: 120_000 }, async () => {
        const { tab, close } = await launch({ javaScript: false });
        try {
          await tab.goto(`${origin}/demo/data/${url}.html`);
          assert.equal(await tab.evaluate(() => customElements.get('lede-timeline')), undefined, 'no script ran');
          const places = await tab.evaluate(whereTexts, EXPECTED_TEXTS);
          const missing = EXPECTED_TEXTS.filter((_, index) => places[index] === 'missing');
          assert.deepEqual(missing, [], 'every text can be read');

          // No button a reader could see or reach by keyboard: each would need the script.
          const buttons = await tab.evaluate(visibleButtons);
          assert.deepEqual(buttons, [], 'no visible button');
          const focused = [];
          for (let press = 0; press < 80; press++) {
            await tab.keyboard.press('Tab');
            const active = await tab.evaluate(() => {
              let element = document.activeElement;
              while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
              return element ? element.localName : null;
            });
            focused.push(active);
          }
          assert.ok(!focused.includes('button'), `Tab reaches no button: ${[...new Set(focused)].join(', ')}`);

          // Each "Show all" summary works without the script: clicked, every text is on screen.
          const summaries = await tab.evaluate(summaryCentres);
          if (name === 'lede render') assert.deepEqual(summaries.map(({ text }) => text), [`Show all ${TIMELINE.events.length} events`]);
          for (const { x, y } of summaries) await tab.mouse.click(x, y);
          const opened = await tab.evaluate(whereTexts, EXPECTED_TEXTS);
          assert.deepEqual(EXPECTED_TEXTS.filter((_, index) => opened[index] !== 'visible'), [], 'every text on screen once the summaries are clicked');
        } finally {
          await close();
        }
      });
    }

    test('an Arabic story with JavaScript off, on a left-to-right page, reads right to left (lede snippet and lede render)', { timeout: 120_000 }, async () => {
      const { tab, close } = await launch({ javaScript: false });
      try {
        await tab.goto(`${origin}/demo/data/nojs-arabic.html`);
        const sides = await tab.evaluate(textSides);
        const headline = fixture('sample-article.ar.json').headline;
        assert.equal(sides.filter((side) => headline.startsWith(side.text)).length, 2, 'the headline, once from each command');
        assert.deepEqual(sides.filter((side) => side.direction !== 'rtl' || side.fromRight !== 0), [], 'every headline and paragraph is right to left, its words from the right edge');
      } finally {
        await close();
      }
    });

    test('lede render with JavaScript: hydration keeps every text where it was; only controls appear', { timeout: 120_000 }, async () => {
      const { tab, close } = await launch({ javaScript: true });
      let release;
      holdScript = new Promise((resolve) => (release = resolve));
      try {
        await tab.goto(`${origin}/demo/data/nojs-render.html`, { waitUntil: 'domcontentloaded' });
        const before = await tab.evaluate(textBoxes);
        assert.equal(await tab.evaluate(() => customElements.get('lede-timeline')), undefined, 'lede.js is held back');
        release();
        // Three widgets, and the story's three quotes and its timeline.
        await tab.evaluate(allReady, 7);
        const after = await tab.evaluate(textBoxes);
        const key = ({ text, box }) => `${text} @ ${box.join(',')}`;
        const afterKeys = new Set(after.map(key));
        assert.deepEqual(before.filter((item) => !afterKeys.has(key(item))).map(key), [], 'every text before hydration is there after it, in the same place');
        const beforeKeys = new Set(before.map(key));
        assert.deepEqual(after.filter((item) => !beforeKeys.has(key(item)) && !item.control).map(key), [], 'hydration adds only controls');
        assert.ok(after.some((item) => item.control && item.text === 'Incident'), 'the legend chips are buttons now');
      } finally {
        release();
        holdScript = undefined;
        await close();
      }
    });
  });
}
