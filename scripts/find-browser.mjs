// Where the tests and the benchmark find a browser: CHROME_PATH, FIREFOX_PATH,
// WEBKIT_DRIVER_PATH / MINIBROWSER_PATH, else the Debian or vendor builds in
// their usual places. Nothing is ever downloaded.
import { existsSync } from 'node:fs';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
const WEBKIT_DRIVER_CANDIDATES = ['/usr/bin/WebKitWebDriver'];
const MINIBROWSER_CANDIDATES = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.0/MiniBrowser',
];
const XVFB_CANDIDATES = ['/usr/bin/Xvfb'];

const first = (...candidates) => candidates.find((candidate) => candidate && existsSync(candidate));

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The Debian packages each engine's tests need. */
export const ENGINE_PACKAGES = { chromium: ['chromium'], firefox: ['firefox-esr'], webkit: ['webkit2gtk-driver', 'xvfb'] };

/**
 * What each engine's tests would run with, or `missing` naming what is not there.
 * WebKit (MiniBrowser) has no headless mode: it needs Xvfb for a private display,
 * or, failing that, the DISPLAY the tests are started from.
 */
export function findEngine(engine) {
  if (engine === 'chromium') {
    const executablePath = first(process.env.CHROME_PATH, ...CHROMIUM_CANDIDATES);
    return executablePath ? { executablePath } : { missing: 'Chromium' };
  }
  if (engine === 'firefox') {
    const executablePath = first(process.env.FIREFOX_PATH, ...FIREFOX_CANDIDATES);
    return executablePath ? { executablePath } : { missing: 'Firefox' };
  }
  if (engine === 'webkit') {
    const driverPath = first(process.env.WEBKIT_DRIVER_PATH, ...WEBKIT_DRIVER_CANDIDATES);
    const browserPath = first(process.env.MINIBROWSER_PATH, ...MINIBROWSER_CANDIDATES);
    const xvfbPath = first(...XVFB_CANDIDATES);
    if (!driverPath || !browserPath) return { missing: 'WebKit (WebKitWebDriver and MiniBrowser)' };
    if (!xvfbPath && !process.env.DISPLAY) return { missing: 'Xvfb (WebKit needs a display)' };
    return { driverPath, browserPath, xvfbPath };
  }
  throw new Error(`Unknown browser engine "${engine}": use ${ENGINES.join(', ')}`);
}

/** The one line a developer sees for an engine that is not installed. */
export function missingEngineMessage(engine, found) {
  return `${found.missing} not found: skipping the ${engine} tests (install with \`sudo apt-get install -y ${ENGINE_PACKAGES[engine].join(' ')}\`).`;
}

/** Engines named by a comma-separated list ("firefox,webkit"); all three when the list is empty. */
export function parseEngines(list) {
  const names = (list ?? '').split(',').map((name) => name.trim().toLowerCase()).filter(Boolean);
  if (names.length === 0) return [...ENGINES];
  for (const name of names) if (!ENGINES.includes(name)) throw new Error(`Unknown browser engine "${name}": use ${ENGINES.join(', ')}`);
  return ENGINES.filter((engine) => names.includes(engine));
}

/** A missing engine fails the run in CI, or when LEDE_REQUIRE_ALL_BROWSERS=1. */
export const requireAllEngines = () => process.env.CI === 'true' || process.env.LEDE_REQUIRE_ALL_BROWSERS === '1';

export function findChromium() {
  const found = findEngine('chromium');
  if (found.missing) {
    console.error('No Chromium found: install one with `sudo apt-get install -y chromium` (or set CHROME_PATH to a Chrome/Chromium binary).');
    process.exit(1);
  }
  return found.executablePath;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--lang=en-US',
  // A test page must never be slowed down as a background tab.
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
];
