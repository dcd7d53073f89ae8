// npm run bench [-- --runs 7 --sizes 100,1000,10000 --timeout 30 --no-pages --no-hostile]
//
// Lede side by side with TimelineJS3 (the devDependency @knight-lab/timelinejs,
// loaded from node_modules): the same seeded timelines (demo/generate-timeline.js,
// converted by bench/timelinejs-data.js) at each size, each run in a fresh page
// (own browser context, same viewport), the two widgets interleaved and their
// order swapped every run. Then 100 quote cards on one page and the seed article.
// Prints a Markdown table of medians with the ratio TimelineJS3 / Lede, and
// writes every sample to bench/results/bench-<date>.json.
//
// Timed from navigation start to "rendered" (bench/probe.js). The browser may
// reach nothing but 127.0.0.1: every other host fails to resolve, and each
// attempt is reported (TimelineJS3's default font comes from a font CDN).
//
// Last, bench/hostile-html.mjs: the sanitiser on hostile paragraph html, 100 KB
// and 1 MiB, in Node and Chromium (--no-hostile skips it).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { generateTimeline } from '../demo/generate-timeline.js';
import { embedSnippet, renderToString } from '../dist/ssr.mjs';
import { toTimelineJS } from '../bench/timelinejs-data.js';
import { CHROMIUM_ARGS, findChromium } from './find-browser.mjs';
import { serve } from './serve.mjs';

const options = { runs: Number(process.env.BENCH_RUNS ?? 7), sizes: [100, 1_000, 10_000], widgets: ['lede', 'timelinejs'], timeout: 30, pages: true, hostile: true, out: undefined };
for (let index = 2; index < process.argv.length; index++) {
  const [flag, inline] = process.argv[index].split('=');
  const value = () => inline ?? process.argv[++index];
  if (flag === '--runs') options.runs = Number(value());
  else if (flag === '--sizes') options.sizes = value().split(',').map(Number);
  else if (flag === '--widgets') options.widgets = value().split(',');
  else if (flag === '--timeout') options.timeout = Number(value());
  else if (flag === '--no-pages') options.pages = false;
  else if (flag === '--no-hostile') options.hostile = false;
  else if (flag === '--out') options.out = value();
  else {
    console.error(`unknown option ${flag}\nusage: node scripts/bench.mjs [--runs N] [--sizes 100,1000,10000] [--widgets lede,timelinejs] [--timeout S] [--no-pages] [--no-hostile] [--out FILE]`);
    process.exit(2);
  }
}
const TIMEOUT = options.timeout * 1000;
const SETTLE = 500; // ms after rendered (and, for Lede, after every event is in) in which long tasks still count
const VIEWPORT = { width: 1280, height: 800 };
const WIDGETS = {
  lede: { name: 'Lede', page: '/bench/timeline.html', js: ['dist/lede.js'], css: [] },
  timelinejs: {
    name: 'TimelineJS3',
    page: '/bench/timelinejs.html',
    js: ['node_modules/@knight-lab/timelinejs/dist/js/timeline.js'],
    // timeline.css in the page, and the default font's CSS that TimelineJS3 loads itself
    css: ['node_modules/@knight-lab/timelinejs/dist/css/timeline.css', 'node_modules/@knight-lab/timelinejs/dist/css/fonts/font.default.css'],
  },
};
const PAGES = {
  quotes: { name: '100 quote cards (src, one-line fallback)', page: '/bench/quotes.html' },
  quotesSnippet: { name: '100 quote cards (src, `lede snippet --src` fallback)', page: '/bench/_data/quotes-snippet.html' },
  quotesInline: { name: '100 quote cards (`lede snippet`: inline data)', page: '/bench/_data/quotes-inline.html' },
  quotesServerSrc: { name: '100 quote cards (src, `lede render --attr src` server render)', page: '/bench/_data/quotes-server-src.html' },
  article: { name: 'seed article (dushanbe-meeting.ru)', page: '/bench/article.html' },
};

const median = (values) => {
  const sorted = values.filter((value) => value !== undefined && !Number.isNaN(value)).sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const bytes = (files) => {
  const contents = files.map((file) => readFileSync(file));
  return { min: contents.reduce((sum, content) => sum + content.length, 0), gzip: contents.reduce((sum, content) => sum + gzipSync(content, { level: 9 }).length, 0) };
};

// The data, written once per run of the benchmark (bench/_data is not committed).
mkdirSync('bench/_data', { recursive: true });
for (const size of options.sizes) {
  const document = generateTimeline(size);
  writeFileSync(`bench/_data/timeline-${size}.lede.json`, JSON.stringify(document));
  writeFileSync(`bench/_data/timeline-${size}.timelinejs.json`, JSON.stringify(toTimelineJS(document)));
}

// The 100 cards again, embedded as `lede snippet` writes them: by src with the fallback it builds
// from each quote, and with the data inline (same fallback); and as `lede render --attr src` writes
// them: the server's render, replaced by the fetched document.
const QUOTES = ['quote-putin.ru.json', 'quote-aliyev.ru.json', 'quote-aliyev-relations.ru.json'];
const embeds = {
  snippet: (document, src) => embedSnippet(document, { src }).replace(/<script src=[^\n]*<\/script>\s*$/, ''),
  inline: (document) => embedSnippet(document).replace(/<script src=[^\n]*<\/script>\s*$/, ''),
  serverSrc: (document, src) => renderToString(document, { attributes: { src } }),
};
for (const [file, src, embed] of [['quotes-snippet.html', true, embeds.snippet], ['quotes-inline.html', false, embeds.inline], ['quotes-server-src.html', true, embeds.serverSrc]]) {
  const snippets = QUOTES.map((name) => embed(JSON.parse(readFileSync(`demo/data/${name}`, 'utf8')), `/demo/data/${name}`));
  const cards = Array.from({ length: 100 }, (_, index) => `<p>Абзац ${index + 1} статьи партнёра перед цитатой.</p>\n${snippets[index % 3]}`).join('\n');
  writeFileSync(`bench/_data/${file}`, readFileSync('bench/quotes.html', 'utf8').replace(/<body>[\s\S]*<\/body>/, `<body>\n<h1>100 карточек цитат</h1>\n${cards}\n</body>`).replace('<head>', src ? '<head>' : '<head>\n    <base href="/demo/data/" />'));
}

const server = await serve();
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const offsite = {}; // widget → URLs it tried to reach off this machine
const loaded = {}; // widget → local paths it requested (first run)

const withTimeout = (promise, ms) => Promise.race([promise, new Promise((resolve) => setTimeout(() => resolve({ timedOut: true }), ms))]);

/**
 * Runs `fn(arg)` in the page's main world through CDP and returns its (awaited) value.
 * Not page.evaluate / waitForFunction: those install Playwright's injected script in the
 * page's V8 isolate (about 0.55 MB of heap, measured on an empty page), which would count
 * in the "JS heap" of both widgets alike.
 */
async function inPage(cdp, fn, arg) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression: `(${fn})(${JSON.stringify(arg)})`,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

/** Resolves once the page has its bench probe and a render (or an error) to report; undefined after `ms`. */
const untilRendered = (ms) =>
  new Promise((resolve) => {
    const started = performance.now();
    const poll = () => {
      const { bench } = window;
      if (bench && (bench.renderedAt !== undefined || bench.error !== undefined)) resolve({ at: bench.renderedAt, error: bench.error });
      else if (performance.now() - started > ms) resolve(undefined);
      else setTimeout(poll, 50);
    };
    poll();
  });

/** One fresh page: navigate, wait for rendered, then measure a render or reach the last event. */
async function measure(key, path, mode) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const requested = new Set();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.protocol.startsWith('http')) return;
    if (url.hostname !== '127.0.0.1') (offsite[key] ??= new Set()).add(`${url.origin}${url.pathname}`);
    else requested.add(url.pathname);
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const sample = { mode };
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(`${server.origin}${path}`, { waitUntil: 'commit' });
    // The probe may not exist yet right after commit: poll for it until the page has one.
    let rendered;
    for (const until = Date.now() + TIMEOUT; !rendered && Date.now() < until; ) {
      rendered = await withTimeout(inPage(cdp, untilRendered, Math.max(0, until - Date.now())).catch(() => undefined), TIMEOUT + 5_000);
      if (!rendered) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!rendered || rendered.timedOut) return { ...sample, timedOut: true };
    if (rendered.error) return { ...sample, error: rendered.error };
    sample.rendered = rendered.at;
    if (mode === 'reach') {
      const reach = await withTimeout(inPage(cdp, () => window.bench.reach()), TIMEOUT);
      if (reach?.timedOut) sample.reachTimedOut = true;
      else sample.reach = reach;
    } else {
      const result = await withTimeout(
        inPage(
          cdp,
          async (settle) => {
            const complete = await window.bench.complete();
            await new Promise((resolve) => setTimeout(resolve, settle));
            return { complete, widgets: window.bench.widgets, ...window.bench.summary() };
          },
          SETTLE,
        ),
        TIMEOUT,
      );
      if (result.timedOut) sample.completeTimedOut = true;
      else {
        Object.assign(sample, result);
        await cdp.send('HeapProfiler.collectGarbage');
        sample.heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
        // And with every event in the page (Lede: as for printing; TimelineJS3 has them all already).
        const all = (await inPage(cdp, () => !!window.bench.renderAll)) && (await withTimeout(inPage(cdp, () => window.bench.renderAll().then(() => true)), TIMEOUT));
        if (all && !all.timedOut) {
          await cdp.send('HeapProfiler.collectGarbage');
          sample.heapAll = (await cdp.send('Runtime.getHeapUsage')).usedSize;
          sample.domNodesAll = await inPage(cdp, () => window.bench.countNodes());
        }
      }
    }
    loaded[key] ??= [...requested];
    return sample;
  } finally {
    if (errors.length) sample.pageErrors = errors;
    await withTimeout(context.close(), 10_000);
  }
}

const samples = []; // { key, events?, ...sample }
const started = Date.now();
const load = { start: loadavg() };
try {
  for (let run = 0; run < options.runs; run++) {
    for (const size of options.sizes) {
      const order = run % 2 ? [...options.widgets].reverse() : options.widgets;
      for (const key of order) {
        for (const mode of ['render', 'reach']) {
          const previous = samples.filter((sample) => sample.key === key && sample.events === size && sample.mode === mode);
          // Two runs that never rendered are enough: the rest would only burn the machine's time.
          if (previous.filter((sample) => sample.timedOut).length >= 2) continue;
          samples.push({ key, events: size, run, ...(await measure(key, `${WIDGETS[key].page}?events=${size}`, mode)) });
        }
      }
    }
    if (options.pages) for (const key of Object.keys(PAGES)) samples.push({ key, run, ...(await measure(key, PAGES[key].page, 'render')) });
    process.stderr.write(`run ${run + 1}/${options.runs} done, ${Math.round((Date.now() - started) / 1000)} s\n`);
  }
} finally {
  await browser.close().catch(() => {});
  server.close();
}
load.end = loadavg();

// Medians. A run that timed out counts as "longer than the timeout".
const summarize = (list) => {
  const renders = list.filter((sample) => sample.mode === 'render');
  const reaches = list.filter((sample) => sample.mode === 'reach');
  const timed = (values, timedOut) =>
    !timedOut ? median(values) : timedOut * 2 >= values.length + timedOut ? Infinity : median([...values, ...Array(timedOut).fill(Infinity)]);
  return {
    runs: renders.length,
    failed: list.filter((sample) => sample.error).map((sample) => sample.error),
    renderedMs: timed(renders.filter((sample) => sample.rendered !== undefined).map((sample) => sample.rendered), renders.filter((sample) => sample.timedOut).length),
    completeMs: timed(renders.filter((sample) => sample.complete !== undefined).map((sample) => sample.complete), renders.filter((sample) => sample.timedOut || sample.completeTimedOut).length),
    reachLastMs: timed(reaches.filter((sample) => sample.reach !== undefined).map((sample) => sample.reach), reaches.filter((sample) => sample.timedOut || sample.reachTimedOut).length),
    longTaskTotalMs: median(renders.map((sample) => sample.longTasks?.total)),
    longTaskMaxMs: median(renders.map((sample) => sample.longTasks?.max)),
    heapMB: median(renders.map((sample) => sample.heap)) / 2 ** 20,
    heapAllMB: median(renders.map((sample) => sample.heapAll)) / 2 ** 20,
    domNodes: median(renders.map((sample) => sample.domNodes)),
    domNodesAll: median(renders.map((sample) => sample.domNodesAll)),
    layoutShift: median(renders.map((sample) => sample.layoutShift)),
    cls: median(renders.map((sample) => sample.cls)),
  };
};
const rows = options.sizes.map((events) => ({
  events,
  ...Object.fromEntries(options.widgets.map((key) => [key, summarize(samples.filter((sample) => sample.key === key && sample.events === events))])),
}));
const pages = options.pages ? Object.fromEntries(Object.keys(PAGES).map((key) => [key, summarize(samples.filter((sample) => sample.key === key))])) : {};
const sizes = Object.fromEntries(options.widgets.map((key) => [key, { js: bytes(WIDGETS[key].js), css: bytes(WIDGETS[key].css) }]));

const machine = { nproc: availableParallelism(), cpu: cpus()[0]?.model, chromium: browser.version(), node: process.version, loadavg: load };
const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, '');

// The table.
const number = (value, unit = '') => {
  if (value === undefined || Number.isNaN(value)) return '—';
  if (value === Infinity) return `> ${options.timeout} s`;
  const rounded = value >= 100 ? Math.round(value).toLocaleString('en') : String(Math.round(value * 10) / 10);
  return `${rounded}${unit}`;
};
const ratio = (lede, other) => (lede > 0 && lede !== Infinity && other !== undefined && !Number.isNaN(other) ? (other === Infinity ? `> ${number(TIMEOUT / lede)}×` : `${number(other / lede)}×`) : '—');
const both = options.widgets.includes('lede') && options.widgets.includes('timelinejs');
const lines = [];
const row = (label, lede, other, unit = '') =>
  lines.push(`| ${label} | ${number(lede, unit)} | ${both || options.widgets.includes('timelinejs') ? number(other, unit) : '—'} | ${both ? ratio(lede, other) : '—'} |`);
lines.push(`Medians of ${options.runs} runs, ${machine.nproc} cores (${machine.cpu}), Chromium ${machine.chromium}, \`${command}\``, '');
lines.push('| | Lede | TimelineJS3 | TimelineJS3 / Lede |', '| --- | --- | --- | --- |');
const size = (key, part, kind) => sizes[key]?.[part][kind];
row('JS, min (bytes)', size('lede', 'js', 'min'), size('timelinejs', 'js', 'min'));
row('JS, min+gzip (bytes)', size('lede', 'js', 'gzip'), size('timelinejs', 'js', 'gzip'));
row('CSS, min (bytes; Lede: inside its JS)', size('lede', 'css', 'min'), size('timelinejs', 'css', 'min'));
row('CSS, gzip (bytes)', size('lede', 'css', 'gzip'), size('timelinejs', 'css', 'gzip'));
for (const { events, lede = {}, timelinejs = {} } of rows) {
  const label = (text) => `${events.toLocaleString('en')} events: ${text}`;
  row(label('navigation → rendered'), lede.renderedMs, timelinejs.renderedMs, ' ms');
  row(label('rendering settled (Lede over 300 events: what is near the screen)'), lede.completeMs, timelinejs.completeMs, ' ms');
  row(label('long tasks, total'), lede.longTaskTotalMs, timelinejs.longTaskTotalMs, ' ms');
  row(label('longest task'), lede.longTaskMaxMs, timelinejs.longTaskMaxMs, ' ms');
  row(label('JS heap after render'), lede.heapMB, timelinejs.heapMB, ' MB');
  row(label('DOM nodes (shadow roots included)'), lede.domNodes, timelinejs.domNodes);
  row(label('JS heap, every event in the page (Lede: as printed)'), lede.heapAllMB, timelinejs.heapAllMB, ' MB');
  row(label('DOM nodes, every event in the page'), lede.domNodesAll, timelinejs.domNodesAll);
  row(label('reach the last event'), lede.reachLastMs, timelinejs.reachLastMs, ' ms');
  row(label('layout shift (CLS)'), lede.cls, timelinejs.cls);
}
if (options.pages) {
  lines.push('', '| Lede page | navigation → rendered | long tasks, total (longest) | JS heap | DOM nodes | CLS (all shifts) |', '| --- | --- | --- | --- | --- | --- |');
  for (const [key, page] of Object.entries(pages)) {
    lines.push(`| ${PAGES[key].name} | ${number(page.renderedMs, ' ms')} | ${number(page.longTaskTotalMs, ' ms')} (${number(page.longTaskMaxMs, ' ms')}) | ${number(page.heapMB, ' MB')} | ${number(page.domNodes)} | ${page.cls === undefined ? '—' : `${page.cls.toFixed(4)} (${page.layoutShift.toFixed(4)})`} |`);
  }
}

// The issue's targets.
const targets = [];
const at = (events) => rows.find((entry) => entry.events === events);
if (both && at(1000)?.lede && at(1000)?.timelinejs) {
  const { lede, timelinejs } = at(1000);
  targets.push([`1,000 events: Lede renders ≥ 10× faster`, timelinejs.renderedMs / lede.renderedMs >= 10, `${ratio(lede.renderedMs, timelinejs.renderedMs)}`]);
  targets.push([`1,000 events: Lede heap ≤ 1/5 of TimelineJS3's`, timelinejs.heapMB / lede.heapMB >= 5, `${ratio(lede.heapMB, timelinejs.heapMB)}`]);
}
if (at(10000)?.lede) {
  const { lede } = at(10000);
  targets.push(['10,000 events: no long task over 100 ms', lede.longTaskMaxMs <= 100, number(lede.longTaskMaxMs, ' ms')]);
  targets.push(['10,000 events: last event reached in < 200 ms', lede.reachLastMs < 200, number(lede.reachLastMs, ' ms')]);
}
for (const [key, page] of Object.entries(pages)) targets.push([`${PAGES[key].name}: CLS ≤ 0.01`, page.cls <= 0.01, page.cls?.toFixed(4)]);
if (targets.length) lines.push('', '| target | met | measured |', '| --- | --- | --- |', ...targets.map(([what, met, value]) => `| ${what} | ${met ? 'yes' : '**no**'} | ${value} |`));

const notes = [];
for (const [key, urls] of Object.entries(offsite)) notes.push(`${WIDGETS[key]?.name ?? key} tried to reach other hosts (blocked): ${[...urls].join(', ')}`);
for (const [key, paths] of Object.entries(loaded)) notes.push(`${WIDGETS[key]?.name ?? PAGES[key]?.name ?? key} loaded: ${paths.join(', ')}`);
const failures = samples.filter((sample) => sample.error || sample.pageErrors || sample.timedOut || sample.reachTimedOut || sample.completeTimedOut);
for (const sample of failures) notes.push(`${sample.key}${sample.events ? ` ${sample.events}` : ''} run ${sample.run + 1} ${sample.mode}: ${sample.error ?? (sample.timedOut ? `not rendered in ${options.timeout} s` : sample.reachTimedOut ? `last event not reached in ${options.timeout} s` : sample.completeTimedOut ? 'not complete' : '')}${sample.pageErrors ? ` page errors: ${sample.pageErrors.join('; ')}` : ''}`);
notes.push(`load average (1, 5, 15 min) at start ${load.start.map((value) => value.toFixed(2)).join(', ')}, at end ${load.end.map((value) => value.toFixed(2)).join(', ')}; ${Math.round((Date.now() - started) / 1000)} s`);

console.log([...lines, '', ...notes.map((note) => `- ${note}`)].join('\n'));
mkdirSync('bench/results', { recursive: true });
const file = options.out ?? `bench/results/bench-${new Date().toISOString().slice(0, 16).replace(':', '-')}.json`;
writeFileSync(
  file,
  `${JSON.stringify({ date: new Date().toISOString(), command, options, machine, viewport: VIEWPORT, sizes, rows, pages, targets: targets.map(([what, met, measured]) => ({ what, met, measured })), offsite: Object.fromEntries(Object.entries(offsite).map(([key, urls]) => [key, [...urls]])), loaded, samples }, (key, value) => (value === Infinity ? null : value), 2)}\n`,
);
console.log(`\nwritten: ${file}`);
if (options.hostile) {
  console.log('');
  spawnSync(process.execPath, ['bench/hostile-html.mjs', '--runs', String(options.runs)], { stdio: 'inherit' });
}
