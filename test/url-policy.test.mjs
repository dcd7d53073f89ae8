// Issue 17.9: the URL corpus (every control, Unicode space and zero-width character before a
// scheme, as characters, entities and percent encodings) in every URL field of every document
// type, through lede/ssr (with and without baseUrl), its JSON-LD, the snippet's fallback and the
// CLI (with and without --base-url). The server HTML is read by Chromium with JavaScript off, and
// its links clicked with the page's JavaScript on but without lede.js.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import ts from 'typescript';
import { embedSnippet, renderToString } from '../dist/ssr.mjs';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-browser.mjs';
import { serve } from '../scripts/serve.mjs';

const root = new URL('..', import.meta.url).pathname;
const corpusSource = ts.transpileModule(readFileSync(join(root, 'src/test/xss-corpus.ts'), 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
const { URL_CORPUS, HIDING_CHARACTERS, TRICKY_URLS, documentsWithUrls } = await import(`data:text/javascript;base64,${Buffer.from(corpusSource).toString('base64')}`);

const BASE = 'https://partner.example/data/story.json';
const PAGE = 'https://partner.example/news/2025/page.html';
const SAFE = ['http:', 'https:', 'mailto:'];
const CHUNK = 100;
const chunks = Array.from({ length: Math.ceil(URL_CORPUS.length / CHUNK) }, (_, index) => URL_CORPUS.slice(index * CHUNK, (index + 1) * CHUNK));

/** Passes if `found` is empty; else names the first few (a diff of thousands would take minutes). */
function assertNone(found, label) {
  assert.ok(found.length === 0, `${label}: ${found.length} unsafe, e.g.\n${found.slice(0, 5).join('\n')}`);
}

/** A written URL is safe if a browser reads an http(s) or mailto URL from it, and so does a reader that trims it first. */
function unsafe(value, base = PAGE) {
  return [value, value.trim()].some((read) => {
    try {
      return !SAFE.includes(new URL(read, base).protocol);
    } catch {
      return false; // no URL at all: nothing to follow
    }
  });
}

const decode = (text) =>
  text.replace(/&(#x[\da-f]+|#\d+|amp|quot|lt|gt|apos);/gi, (_, name) =>
    name[0] === '#' ? String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))) : { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" }[name.toLowerCase()],
  );

/** Every URL attribute in HTML text (shadow templates included) that is unsafe. */
function unsafeAttributes(html) {
  return [...html.matchAll(/\s(href|src|cite|srcset|action|poster)="([^"]*)"/g)].map(([, name, value]) => `${name}=${decode(value)}`).filter((found) => unsafe(found.slice(found.indexOf('=') + 1)));
}

/** Every URL in JSON-LD (`url`, `image`, `logo`, at any depth) that is unsafe. */
function unsafeJsonLd(html) {
  const found = [];
  const visit = (value, key) => {
    if (typeof value === 'string' && ['url', 'image', 'logo'].includes(key) && unsafe(value)) found.push(`${key}: ${value}`);
    else if (value && typeof value === 'object') for (const [name, item] of Object.entries(value)) visit(item, Array.isArray(value) ? key : name);
  };
  for (const [, json] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) visit(JSON.parse(json));
  return found;
}

/** Each document of a chunk rendered on the server, with and without a base, and as snippets with their fallbacks. */
function serverHtml(urls, baseUrl) {
  const documents = Object.values(documentsWithUrls(urls, true));
  return [
    ...documents.map((document) => renderToString(document, { baseUrl })),
    ...urls.map((url) => renderToString(documentsWithUrls([url]).quote, { baseUrl })),
    ...documents.map((document) => embedSnippet(document, baseUrl ? { src: baseUrl } : {})),
    ...documents.map((document) => embedSnippet(document, { src: 'data/story.json' })),
  ].join('\n');
}

test(`lede/ssr: ${URL_CORPUS.length} URLs in every URL field write no unsafe URL, in the HTML or the JSON-LD`, () => {
  assert.ok(URL_CORPUS.length > 1000);
  for (const urls of chunks) {
    for (const baseUrl of [undefined, BASE]) {
      const html = serverHtml(urls, baseUrl);
      assertNone(unsafeAttributes(html), `HTML, base ${baseUrl}`);
      assertNone(unsafeJsonLd(html), `JSON-LD, base ${baseUrl}`);
    }
  }
});

// The issue's own payloads, as a partner's `lede render` writes them.
const ISSUE = ['\u2028javascript:alert(1)', '\u00a0javascript:alert(1)', '\u3000javascript:alert(1)'];

test('lede render: the corpus in every URL field writes no unsafe URL, with and without --base-url', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'lede-urls-'));
  try {
    const documents = documentsWithUrls([...ISSUE, ...URL_CORPUS.filter((_, index) => index % 8 === 0)], true);
    for (const [type, document] of Object.entries({ ...documents, issue: documentsWithUrls(ISSUE).quote })) {
      const file = join(scratch, `${type}.json`);
      writeFileSync(file, JSON.stringify(document));
      for (const options of [[], ['--base-url', BASE]]) {
        const { status, stdout, stderr } = spawnSync(process.execPath, [join(root, 'bin/lede.mjs'), 'render', ...options, file], { encoding: 'utf8', maxBuffer: 1 << 28 });
        assert.equal(status, 0, stderr);
        assertNone(unsafeAttributes(stdout), `HTML of ${type} ${options.join(' ')}`);
        assertNone(unsafeJsonLd(stdout), `JSON-LD of ${type} ${options.join(' ')}`);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

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

/** A page at /news/2025/page.html holding `body`; every other request answers 204, so a followed link leaves the page as it is. */
async function open(context, body) {
  const tab = await context.newPage();
  const url = `${server.origin}/news/2025/page.html`;
  await tab.route('**/*', (route) =>
    route.request().url() === url ? route.fulfill({ body: `<!doctype html><html lang="en"><meta charset="utf-8"><title>URLs</title><body>${body}</body></html>`, contentType: 'text/html; charset=utf-8' }) : route.fulfill({ status: 204 }),
  );
  await tab.goto(url);
  return tab;
}

/** In the page: every URL attribute of every element, light DOM and shadow roots, that the browser reads as unsafe. */
function unsafeInPage() {
  const names = ['href', 'src', 'srcset', 'cite', 'action', 'formaction', 'poster', 'data', 'background', 'xlink:href'];
  const found = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      for (const name of names) {
        const value = element.getAttribute(name);
        if (value === null) continue;
        for (const read of [value, value.trim()]) {
          let protocol = 'none:';
          try {
            protocol = new URL(read, document.baseURI).protocol;
          } catch {
            continue;
          }
          if (!['http:', 'https:', 'mailto:'].includes(protocol)) found.push(`<${element.localName} ${name}="${value}">`);
        }
      }
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return found;
}

// Chromium reads what the string checks above read; a sample keeps it quick: the family that got
// through (each hiding character before javascript:), the tricky shapes, and every 8th URL.
const SAMPLE = [...HIDING_CHARACTERS.map((character) => `${character}javascript:window.__pwned=1;void 0`), ...TRICKY_URLS, ...URL_CORPUS.filter((_, index) => index % 8 === 0)];

test(`Chromium with JavaScript off reads no unsafe URL in the server HTML and the fallbacks (${SAMPLE.length} URLs)`, { timeout: 300_000 }, async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    for (let index = 0; index < SAMPLE.length; index += 2 * CHUNK) {
      for (const baseUrl of [undefined, BASE]) {
        const tab = await open(context, serverHtml(SAMPLE.slice(index, index + 2 * CHUNK), baseUrl));
        assert.ok(await tab.evaluate(() => !!document.querySelector('lede-article').shadowRoot), 'declarative shadow DOM attached');
        assertNone(await tab.evaluate(unsafeInPage), `Chromium, base ${baseUrl}`);
        await tab.close();
      }
    }
  } finally {
    await context.close();
  }
});

test('every link of the server HTML clicked before lede.js loads: no script runs', { timeout: 300_000 }, async () => {
  const context = await browser.newContext();
  const dialogs = [];
  try {
    // The family that got through: each hiding character as itself before javascript:.
    const urls = HIDING_CHARACTERS.map((character) => `${character}javascript:window.__pwned=1;void 0`);
    const documents = documentsWithUrls(urls);
    const body = [
      ...urls.map((url) => renderToString(documentsWithUrls([url]).quote)),
      renderToString({ ...documents.article, body: documents.article.body.filter((block) => block.type === 'paragraph') }),
      embedSnippet(documents.timeline, { src: 'data/timeline.json' }),
    ].join('\n');
    const tab = await open(context, body);
    tab.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      return dialog.dismiss();
    });
    const count = await tab.evaluate(() => {
      const links = [];
      const visit = (root) => root.querySelectorAll('*').forEach((element) => (element.localName === 'a' && element.hasAttribute('href') && links.push(element), element.shadowRoot && visit(element.shadowRoot)));
      visit(document);
      window.__links = links;
      return links.length;
    });
    assert.ok(count >= urls.length * 3, `${count} links`);
    await tab.evaluate(async () => {
      for (const link of window.__links) {
        link.click();
        // One turn of the page's task queue: a javascript: URL runs in a task of its own.
        await new Promise((resolve) => setTimeout(resolve));
      }
    });
    assert.equal(await tab.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(dialogs, []);
  } finally {
    await context.close();
  }
});
