// Middleware for the test runner: documents served the ways a partner's
// server can fail, so the loader's error paths run against real HTTP.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';

const fixture = (name) => readFileSync(new URL(`../demo/data/${name}`, import.meta.url), 'utf8');
const quote = fixture('quote-aliyev.ru.json');
const byType = { quote, timeline: fixture('timeline-russia-azerbaijan.ru.json'), article: fixture('sample-article.ar.json') };
const attempts = new Map();
const documents = new Map();
const reports = new Map();
const transfers = new Map();

/** Sends `bytes` in 7-byte chunks a millisecond apart, so chunks end inside letters. */
function sendInPieces(ctx, bytes) {
  ctx.type = 'application/json';
  ctx.body = Readable.from(
    (async function* () {
      for (let at = 0; at < bytes.length; at += 7) {
        yield bytes.subarray(at, at + 7);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })(),
  );
}

const FAULTS = {
  ok: (ctx) => json(ctx, quote),
  404: (ctx) => ((ctx.status = 404), (ctx.body = 'not found')),
  500: (ctx) => ((ctx.status = 500), (ctx.body = 'server error')),
  'redirect-404': (ctx) => ctx.redirect('/fault/404'),
  'not-json': (ctx) => json(ctx, '{"type": "quote", '),
  html: (ctx) => json(ctx, '<!doctype html><title>Oops</title><p>Login required</p>'),
  empty: (ctx) => json(ctx, ''),
  // 1 MiB and a bit, sent chunked so no Content-Length warns the loader in advance.
  large: (ctx) => {
    ctx.type = 'application/json';
    ctx.body = Readable.from(
      (function* () {
        yield '{"type":"quote","padding":"';
        for (let i = 0; i < 17; i++) yield 'x'.repeat(64 * 1024);
        yield '"}';
      })(),
    );
  },
  // The document of `type` after a byte-order mark, in 7-byte chunks a millisecond apart, so
  // chunks end inside Cyrillic and Arabic letters: the loader must decode across them.
  split: (ctx) => sendInPieces(ctx, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(byType[ctx.query.type] ?? quote)])),
  // A quote in Latin-1, not UTF-8 ("é" is byte 0xE9 at offset 27), in pieces; with ?end, UTF-8 that stops inside a letter.
  'not-utf8': (ctx) =>
    sendInPieces(
      ctx,
      ctx.query.end === undefined
        ? Buffer.from('{"type":"quote","text":"Caf\u00e9 au lait","speaker":{"name":"Zo\u00eb"}}', 'latin1')
        : Buffer.from('{"type":"quote","text":"Щи","speaker":{"name":"Я"}}\u0429').subarray(0, -1),
    ),
  // 10 MiB sent slowly (1.6 MB/s), with a Content-Length when ?length is given. How many bytes
  // the socket took before the reader hung up is kept under ?key, for /fault/sent?key=.
  huge: (ctx) => {
    const total = 10 * 1024 * 1024;
    const sent = { bytes: 0, closed: false };
    transfers.set(String(ctx.query.key), sent);
    ctx.respond = false;
    ctx.res.writeHead(200, { 'content-type': 'application/json', ...(ctx.query.length === undefined ? {} : { 'content-length': String(total) }) });
    ctx.res.write('{"type":"quote","padding":"');
    const piece = Buffer.alloc(16 * 1024, 'x');
    const timer = setInterval(() => {
      if (ctx.res.writableNeedDrain) return; // the reader is not reading: count only what it can get
      const bytes = piece.subarray(0, Math.min(piece.length, total - sent.bytes));
      sent.bytes += bytes.length;
      if (sent.bytes < total) ctx.res.write(bytes);
      else ctx.res.end(bytes);
    }, 10);
    ctx.res.on('close', () => {
      clearInterval(timer);
      sent.closed = true;
    });
  },
  sent: (ctx) => json(ctx, JSON.stringify(transfers.get(String(ctx.query.key)) ?? null)),
  slow: async (ctx) => {
    await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 3000)));
    json(ctx, quote);
  },
  // Fails the first time a key is asked for, works after: the retry test.
  // With ms, the answer that works comes after that many milliseconds.
  flaky: async (ctx) => {
    const key = String(ctx.query.key);
    const count = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, count);
    if (count === 1) {
      ctx.status = 503;
      ctx.body = 'try later';
      return;
    }
    if (ctx.query.ms) await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms)));
    json(ctx, quote);
  },
  // Headers and half the body, then the connection is cut.
  drop: (ctx) => {
    ctx.respond = false;
    ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(quote.length + 100) });
    ctx.res.write(quote.slice(0, quote.length >> 1));
    setTimeout(() => ctx.res.destroy(), 20);
  },
  // The first request for a key gets the fault named by `kind`, later ones the document: retry.
  once: (ctx) => {
    const key = `once:${ctx.query.key}`;
    const count = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, count);
    return count === 1 ? FAULTS[String(ctx.query.kind)](ctx) : json(ctx, byType[ctx.query.type] ?? quote);
  },
  // A test POSTs a document (a hostile one) and its widgets GET it back by key.
  doc: async (ctx) => {
    const key = String(ctx.query.key);
    if (ctx.method !== 'POST') {
      await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 0)));
      return documents.has(key) ? json(ctx, documents.get(key)) : FAULTS[404](ctx);
    }
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    documents.set(key, body);
    ctx.status = 204;
  },
  // dist/lede.js as a different build would be: other Lit versions, other code.
  'other-build.js': (ctx) => {
    ctx.type = 'text/javascript';
    ctx.body = `/* another build */${readFileSync(new URL('../dist/lede.js', import.meta.url), 'utf8').replace(/push\("\d+\.\d+\.\d+"\)/g, 'push("0.0.0-other")')}`;
  },
  'csp-report': async (ctx) => {
    const key = String(ctx.query.key);
    if (ctx.method !== 'POST') return json(ctx, JSON.stringify(reports.get(key) ?? []));
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    reports.set(key, [...(reports.get(key) ?? []), JSON.parse(body)]);
    ctx.status = 204;
  },
  // Echoes what the request carried, so a test can see that no cookie was sent.
  echo: (ctx) => json(ctx, JSON.stringify({ type: 'quote', text: `cookie:${ctx.get('cookie') || 'none'}`, speaker: { name: 'Echo' } })),
};

// Live documents for `refresh`: a test POSTs what /live/<key> serves, or sets
// ?fail=<status> (0 recovers), and reads /live/<key>?stats.
// Each version has an ETag, and a request that names it gets a bodyless 304.
const live = new Map();

async function liveMiddleware(ctx, key) {
  const entry = live.get(key) ?? { body: '', version: 0, fail: 0, requests: 0, notModified: 0, conditional: 0 };
  live.set(key, entry);
  if (ctx.method === 'POST') {
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    entry.body = body;
    entry.version++;
    entry.fail = 0;
    return json(ctx, '{}');
  }
  if (ctx.query.fail !== undefined) {
    entry.fail = Number(ctx.query.fail);
    return json(ctx, '{}');
  }
  if (ctx.query.stats !== undefined) return json(ctx, JSON.stringify(entry));
  entry.requests++;
  if (entry.fail) {
    ctx.status = entry.fail;
    ctx.body = 'failing';
    return;
  }
  const etag = `"v${entry.version}"`;
  if (ctx.get('if-none-match')) entry.conditional++;
  // Readable from another origin (127.0.0.1 for a page on localhost), as a partner's CDN would be,
  // but without Access-Control-Expose-Headers: that page's script cannot read the ETag.
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('ETag', etag);
  ctx.set('Cache-Control', 'no-cache');
  if (ctx.get('if-none-match') === etag) {
    entry.notModified++;
    ctx.status = 304;
    return;
  }
  json(ctx, entry.body);
}

function json(ctx, body) {
  ctx.type = 'application/json';
  ctx.body = body;
}

/** The policies a partner may run: strict, and strict with Trusted Types enforced. */
const CSP = {
  strict: "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:",
  'trusted-types': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'",
};

export async function faultMiddleware(ctx, next) {
  // Pages under a partner's strict policy, for the tests that load them in an iframe.
  // Violations are reported to /fault/csp-report, so pages the test cannot script (the demo) are checked too.
  if (/^\/(src\/test\/pages|demo)\/[\w-]+\.html$/.test(ctx.path) && CSP[ctx.query.csp]) {
    await next();
    ctx.set('Content-Security-Policy', `${CSP[ctx.query.csp]}; report-uri /fault/csp-report?key=${encodeURIComponent(String(ctx.query.report))}`);
    return;
  }
  const liveKey = /^\/live\/([\w-]+)/.exec(ctx.path);
  if (liveKey) return liveMiddleware(ctx, liveKey[1]);
  const match = /^\/fault\/([\w.-]+)/.exec(ctx.path);
  if (!match || !FAULTS[match[1]]) return next();
  return FAULTS[match[1]](ctx);
}
