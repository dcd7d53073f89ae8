// node bench/many-widgets.mjs (after npm run build): creates and removes 1,000
// widgets, ten times, in the system Chromium, and prints the heap after each
// 1,000 (after a forced GC), the listeners left on window and document, and
// fetches still pending. A leak shows as heap growing round after round.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-browser.mjs';
import { serve } from '../scripts/serve.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const server = await serve(Number(process.env.PORT ?? 0));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/bench/many-widgets.html`);
  await page.waitForFunction(() => window.ready && customElements.get('lede-article'));
  const session = await page.context().newCDPSession(page);
  const heap = async () => {
    await session.send('HeapProfiler.collectGarbage');
    return (await session.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
  };
  const listeners = async () => {
    let total = 0;
    for (const expression of ['window', 'document']) {
      const { result } = await session.send('Runtime.evaluate', { expression });
      total += (await session.send('DOMDebugger.getEventListeners', { objectId: result.objectId })).listeners.length;
    }
    return total;
  };
  const start = { heap: await heap(), listeners: await listeners() };
  console.log(`before: heap ${start.heap.toFixed(2)} MB, ${start.listeners} listeners on window+document`);
  for (let round = 1; round <= ROUNDS; round++) {
    const started = performance.now();
    const left = await page.evaluate(() => window.cycle(1000));
    const ms = performance.now() - started;
    console.log(
      `after ${round * 1000} widgets: heap ${(await heap()).toFixed(2)} MB, ${await listeners()} listeners, ${left.pendingFetches} fetches pending, ${left.elementsLeft} elements left, ${Math.round(ms)} ms`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
