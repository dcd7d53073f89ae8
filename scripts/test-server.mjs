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

function json(ctx, body) {
  ctx.type = 'application/json';
  ctx.body = body;
}

export function faultMiddleware(ctx, next) {
  const match = /^\/fault\/([\w-]+)/.exec(ctx.path);
  if (!match || !FAULTS[match[1]]) return next();
  return FAULTS[match[1]](ctx);
}
