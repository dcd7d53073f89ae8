// Serves the repository on http://localhost:8000 for the demo (`npm start`):
// static files only, / goes to /demo/. PORT changes the port. The benchmark
// imports serve() to get the same server on a free loopback port.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.map': 'application/json',
};

// demo/live.html: the seed chronology, one more event every 20 seconds, with an
// ETag so the widget's refresh costs a bodyless 304 between them.
const LIVE_EVERY = 20_000;
const liveStart = Date.now();
const liveTimeline = JSON.parse(readFileSync(join(root, 'demo/data/timeline-russia-azerbaijan.ru.json'), 'utf8'));

function serveLive(request, response) {
  const added = Math.floor((Date.now() - liveStart) / LIVE_EVERY);
  const etag = `"live-${added}"`;
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, { etag, 'cache-control': 'no-cache' });
    return response.end();
  }
  const start = Date.parse('2025-10-10T09:00:00+05:00');
  const events = Array.from({ length: added }, (_, index) => {
    const at = new Date(start + index * 3_600_000 + 5 * 3_600_000).toISOString().slice(0, 16);
    return { id: `live-${index + 1}`, date: `${at}+05:00`, title: `Обновление ${index + 1}: новое сообщение в хронике`, category: 'statement' };
  });
  response.writeHead(200, { 'content-type': TYPES['.json'], etag, 'cache-control': 'no-cache' });
  response.end(JSON.stringify({ ...liveTimeline, id: 'live', events: [...liveTimeline.events, ...events] }));
}

function handle(request, response) {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/demo/data/live-timeline.json') return serveLive(request, response);
  if (pathname === '/') {
    response.writeHead(302, { location: '/demo/' });
    return response.end();
  }
  let path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) {
    response.writeHead(403);
    return response.end();
  }
  try {
    if (statSync(path).isDirectory()) path = join(path, 'index.html');
    statSync(path);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' });
    return response.end('not found');
  }
  response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  createReadStream(path).pipe(response);
}

/** Starts the server on 127.0.0.1 (port 0: any free port) and resolves with its origin. */
export function serve(port = 0) {
  return new Promise((resolve) => {
    const server = createServer(handle).listen(port, '127.0.0.1', () => {
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 8000);
  createServer(handle).listen(port, () => console.log(`Lede demo: http://localhost:${port}/demo/`));
}
