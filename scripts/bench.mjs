// npm run bench: renders generated timelines of 100, 1,000 and 10,000 events
// in fresh pages of the system Chromium and prints medians of RUNS runs.
// Results go to bench/results/timeline-<date>.json. Figures are medians: the
// machine is noisy, so read them as ratios, not as absolute promises.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-browser.mjs';
import { serve } from './serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SIZES = [100, 1_000, 10_000];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const server = await serve();
const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
const rows = [];
try {
  for (const size of SIZES) {
    const samples = [];
    for (let run = 0; run < RUNS; run++) {
      for (const reachLast of [false, true]) {
        const page = await browser.newPage();
        await page.goto(`${server.origin}/bench/timeline.html`);
        await page.waitForFunction(() => 'runTimeline' in window && customElements.get('lede-timeline'));
        const result = await page.evaluate(([count, last]) => window.runTimeline(count, last), [size, reachLast]);
        if (!reachLast) {
          const session = await page.context().newCDPSession(page);
          await session.send('HeapProfiler.collectGarbage');
          result.heap = (await session.send('Runtime.getHeapUsage')).usedSize;
        }
        samples.push(result);
        await page.close();
      }
    }
    const of = (key) => samples.filter((sample) => sample[key] !== undefined).map((sample) => sample[key]);
    const render = samples.filter((sample) => sample.complete !== undefined);
    rows.push({
      events: size,
      readyMs: median(of('ready')),
      completeMs: median(of('complete')),
      reachLastMs: median(of('reachLast')),
      longTaskTotalMs: median(render.map((sample) => sample.longTasks.total)),
      longTaskMaxMs: median(render.map((sample) => sample.longTasks.max)),
      heapMB: median(of('heap')) / 2 ** 20,
      domNodes: median(render.map((sample) => sample.domNodes)),
    });
  }
} finally {
  await browser.close();
  server.close();
}

const round = (value) => (value >= 100 ? Math.round(value) : Math.round(value * 10) / 10);
console.log(`lede-timeline, medians of ${RUNS} runs (${browser.version?.() ?? 'Chromium'})`);
console.log('events   ready ms  all rendered ms  reach last ms  long tasks ms (max)  heap MB  DOM nodes');
for (const row of rows) {
  console.log(
    `${String(row.events).padStart(6)}  ${String(round(row.readyMs)).padStart(8)}  ${String(round(row.completeMs)).padStart(15)}  ${String(round(row.reachLastMs)).padStart(13)}  ${`${round(row.longTaskTotalMs)} (${round(row.longTaskMaxMs)})`.padStart(19)}  ${String(round(row.heapMB)).padStart(7)}  ${String(row.domNodes).padStart(9)}`,
  );
}
mkdirSync('bench/results', { recursive: true });
const file = `bench/results/timeline-${new Date().toISOString().slice(0, 10)}.json`;
writeFileSync(file, `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, rows }, null, 2)}\n`);
console.log(`written: ${file}`);
