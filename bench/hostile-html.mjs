// npm run bench:hostile [-- --runs 5 --sizes 102400,1048576 --schema dist/schema.mjs --timeout 60 --no-browser]
//
// The paragraph `html` sanitiser on each hostile shape of bench/hostile-html.js,
// through validateDocument as `lede validate`, `lede render` and a widget run it:
// in Node, and in Chromium (the page imports the same dist/schema.mjs). Prints a
// Markdown table of medians and the ratio of the largest size to the smallest
// (10x the input: about 10x the time when the sanitiser is linear).
//
// Node runs each sample in a child process warmed up on 10 KB. --schema takes another build to compare: `git show 6426704:dist/schema.mjs >
// /tmp/before.mjs` (a self-contained file) gives the sanitiser before issue 17.
// A shape that passes --timeout in one run is not run again at larger sizes.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-browser.mjs';
import { serve } from '../scripts/serve.mjs';
import { HOSTILE_HTML } from './hostile-html.js';

const options = { runs: 5, sizes: [100 * 1024, 1024 * 1024], schema: 'dist/schema.mjs', timeout: 60, browser: true };
for (let index = 2; index < process.argv.length; index++) {
  const [flag, inline] = process.argv[index].split('=');
  const value = () => inline ?? process.argv[++index];
  if (flag === '--runs') options.runs = Number(value());
  else if (flag === '--sizes') options.sizes = value().split(',').map(Number);
  else if (flag === '--schema') options.schema = value();
  else if (flag === '--timeout') options.timeout = Number(value());
  else if (flag === '--no-browser') options.browser = false;
  else {
    console.error(`unknown option ${flag}\nusage: node bench/hostile-html.mjs [--runs N] [--sizes BYTES,BYTES] [--schema FILE] [--timeout S] [--no-browser]`);
    process.exit(2);
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const schemaUrl = pathToFileURL(resolve(options.schema)).href;

/**
 * Milliseconds validateDocument takes on `shape` at `size`, in a child process that is killed at the
 * timeout; warmed up first on 10 KB of the same shape, so the code is compiled as in a long-running server.
 */
function timeInNode(shape, size) {
  const script = `Promise.all([import(process.argv[1]), import(process.argv[2])]).then(([{ validateDocument }, { HOSTILE_HTML, articleWithHtml }]) => {
    const make = HOSTILE_HTML[process.argv[3]];
    validateDocument(articleWithHtml(make(10240)));
    const document = articleWithHtml(make(Number(process.argv[4])));
    const start = performance.now();
    validateDocument(document);
    console.log(performance.now() - start);
  });`;
  const { status, stdout, signal } = spawnSync(process.execPath, ['-e', script, schemaUrl, new URL('./hostile-html.js', import.meta.url).href, shape, String(size)], { encoding: 'utf8', timeout: options.timeout * 1000 });
  if (signal) return Infinity;
  if (status !== 0) throw new Error(`${shape} at ${size}: exit ${status}`);
  return Number(stdout);
}

/** The same in a fresh Chromium page; Infinity past the timeout. */
async function timeInChromium(browser, origin, schemaPath, shape, size) {
  const page = await browser.newPage();
  try {
    await page.goto(`${origin}/bench/timeline.html`, { waitUntil: 'domcontentloaded' });
    return await Promise.race([
      page.evaluate(
        async ({ schemaPath, shape, size }) => {
          const [{ validateDocument }, { HOSTILE_HTML, articleWithHtml }] = await Promise.all([import(schemaPath), import('/bench/hostile-html.js')]);
          const document = articleWithHtml(HOSTILE_HTML[shape](size));
          const start = performance.now();
          validateDocument(document);
          return performance.now() - start;
        },
        { schemaPath, shape, size },
      ),
      new Promise((done) => setTimeout(() => done(Infinity), options.timeout * 1000)),
    ]);
  } finally {
    await page.close().catch(() => {});
  }
}

const engines = { node: async (shape, size) => timeInNode(shape, size) };
let browser;
let server;
let scratch;
if (options.browser) {
  // The page loads the build under test from the served tree, whichever file --schema names.
  scratch = mkdtempSync(join(resolve('bench'), '_hostile-'));
  copyFileSync(options.schema, join(scratch, 'schema.mjs'));
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  server = await serve(0);
  const schemaPath = `/bench/${scratch.split('/').pop()}/schema.mjs`;
  engines.chromium = (shape, size) => timeInChromium(browser, server.origin, schemaPath, shape, size);
}

const results = {};
try {
  for (const [engine, time] of Object.entries(engines)) {
    for (const shape of Object.keys(HOSTILE_HTML)) {
      for (const size of options.sizes) {
        const key = `${engine}|${shape}`;
        if (results[key]?.includes(Infinity)) break;
        const samples = [];
        for (let run = 0; run < options.runs; run++) {
          samples.push(await time(shape, size));
          if (samples.at(-1) === Infinity) break;
        }
        (results[key] ??= []).push(samples.includes(Infinity) ? Infinity : median(samples));
      }
    }
  }
} finally {
  await browser?.close();
  server?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}

const kib = (size) => (size >= 1024 * 1024 ? `${size / 1024 / 1024} MiB` : `${Math.round(size / 1024)} KB`);
const ms = (value) => (value === undefined ? '—' : value === Infinity ? `> ${options.timeout} s` : `${value >= 100 ? Math.round(value).toLocaleString('en') : value.toFixed(1)} ms`);
const [small, large] = [0, options.sizes.length - 1];
const lines = [
  `validateDocument on one paragraph's \`html\`, medians of ${options.runs} runs, ${options.schema}`,
  '',
  `| shape | engine | ${options.sizes.map(kib).join(' | ')} | ${kib(options.sizes[large])} / ${kib(options.sizes[small])} |`,
  `| --- | --- | ${options.sizes.map(() => '---').join(' | ')} | --- |`,
];
for (const shape of Object.keys(HOSTILE_HTML)) {
  for (const engine of Object.keys(engines)) {
    const times = results[`${engine}|${shape}`] ?? [];
    const ratio = times[large] > 0 && times[large] !== Infinity ? `${(times[large] / Math.max(times[small], 0.1)).toFixed(1)}×` : '—';
    lines.push(`| ${shape} | ${engine} | ${options.sizes.map((_, index) => ms(times[index])).join(' | ')} | ${ratio} |`);
  }
}
console.log(lines.join('\n'));
