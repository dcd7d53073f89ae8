// Screenshots of a page in Debian's Chromium, for looking at what readers see:
//   node scripts/screenshot.mjs URL OUT.png [width] [light|dark] [max height]
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './find-browser.mjs';

const [url, out, width = '1280', colorScheme = 'light', maxHeight] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [width] [light|dark]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme });
  await page.goto(url, { waitUntil: 'networkidle' });
  // A viewport as tall as the page, so content-visibility: auto paints everything in the shot.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: Number(width), height: Math.min(height, 16_000) });
  await page.waitForTimeout(300);
  await page.screenshot({ path: out, fullPage: !maxHeight, clip: maxHeight ? { x: 0, y: 0, width: Number(width), height: Number(maxHeight) } : undefined });
} finally {
  await browser.close();
}
