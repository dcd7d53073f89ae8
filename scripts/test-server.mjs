// Middleware for the test runner: documents served the ways a partner's
// server can fail, so the loader's error paths run against real HTTP.
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';

const quote = readFileSync(new URL('../demo/data/quote-aliyev.ru.json', import.meta.url), 'utf8');
const attempts = new Map();

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
  slow: async (ctx) => {
    await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 3000)));
    json(ctx, quote);
  },
  // Fails the first time a key is asked for, works after: the retry test.
  flaky: (ctx) => {
    const key = String(ctx.query.key);
    const count = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, count);
    if (count === 1) {
      ctx.status = 503;
      ctx.body = 'try later';
    } else json(ctx, quote);
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

export function faultMiddleware(ctx, next) {
  const liveKey = /^\/live\/([\w-]+)/.exec(ctx.path);
  if (liveKey) return liveMiddleware(ctx, liveKey[1]);
  const match = /^\/fault\/([\w-]+)/.exec(ctx.path);
  if (!match || !FAULTS[match[1]]) return next();
  return FAULTS[match[1]](ctx);
}
