// Screenshots of a page as readers see it, in one of the three engines the tests run in:
//   node scripts/screenshot.mjs URL OUT.png [width] [light|dark] [max height] [--browser chromium|firefox|webkit]
//     [--element SELECTOR]   Chromium only: just that element (with its margin box), not the page
// Chromium through playwright-core, Firefox through puppeteer-core (WebDriver BiDi), WebKit
// (MiniBrowser, --dark-mode for dark) through WebKitWebDriver on a private Xvfb display.
import { chromium } from 'playwright-core';
import { remote } from 'webdriverio';
import { CHROMIUM_ARGS, findEngine, missingEngineMessage } from './find-browser.mjs';
import { puppeteerCore, setWebKitViewport, startWebKitDriver, webKitCapabilities } from './test-browsers.mjs';

const argv = process.argv.slice(2);
const flag = argv.findIndex((arg) => arg === '--browser' || arg.startsWith('--browser='));
const engine = flag < 0 ? 'chromium' : argv[flag].split('=')[1] ?? argv[flag + 1];
if (flag >= 0) argv.splice(flag, argv[flag].includes('=') ? 1 : 2);
const elementFlag = argv.findIndex((arg) => arg === '--element');
const element = elementFlag < 0 ? undefined : argv.splice(elementFlag, 2)[1];
const [url, out, widthArgument = '1280', colorScheme = 'light', maxHeight] = argv;
if (!url || !out || !['chromium', 'firefox', 'webkit'].includes(engine)) {
  console.error('usage: node scripts/screenshot.mjs URL OUT.png [width] [light|dark] [max height] [--browser chromium|firefox|webkit]');
  process.exit(2);
}
const found = findEngine(engine);
if (found.missing) {
  console.error(missingEngineMessage(engine, found));
  process.exit(1);
}
const width = Number(widthArgument);
// The whole page in one shot: a viewport as tall as the page, so content-visibility: auto paints everything.
const fullHeight = (height) => Math.min(Number(maxHeight ?? height), 16_000);
const pageHeight = 'document.documentElement.scrollHeight';
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

if (engine === 'chromium') {
  const browser = await chromium.launch({ executablePath: found.executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.setViewportSize({ width, height: fullHeight(await page.evaluate(pageHeight)) });
    await pause(300);
    if (element) await page.locator(element).screenshot({ path: out });
    else await page.screenshot({ path: out, fullPage: !maxHeight });
  } finally {
    await browser.close();
  }
} else if (engine === 'firefox') {
  const browser = await puppeteerCore.launch({
    browser: 'firefox',
    executablePath: found.executablePath,
    headless: true,
    extraPrefsFirefox: { 'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1 },
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.setViewport({ width, height: fullHeight(await page.evaluate(pageHeight)) });
    await pause(300);
    await page.screenshot({ path: out, fullPage: !maxHeight });
  } finally {
    await browser.close();
  }
} else {
  const driver = await startWebKitDriver(found, { screen: `${width + 100}x16100` });
  try {
    const browser = await remote({
      hostname: '127.0.0.1',
      port: driver.port,
      path: '/',
      logLevel: 'error',
      capabilities: webKitCapabilities(found, colorScheme === 'dark' ? ['--dark-mode'] : []),
    });
    try {
      await setWebKitViewport(browser, width, 900);
      await browser.navigateTo(url);
      // WebDriver waits for the load event only: give data fetches and images a moment.
      await pause(1500);
      await setWebKitViewport(browser, width, fullHeight(await browser.execute(`return ${pageHeight}`)));
      await pause(300);
      await browser.saveScreenshot(out);
    } finally {
      await browser.deleteSession();
    }
  } finally {
    driver.stop();
  }
}
