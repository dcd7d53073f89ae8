// The test runner's launchers for the three engines, all on browsers installed
// on this machine (scripts/find-browser.mjs): Chromium and Firefox through
// puppeteer-core (CDP and WebDriver BiDi), WebKit (WebKitGTK's MiniBrowser)
// through WebKitWebDriver on a private Xvfb display.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { createRequire } from 'node:module';
import { CHROMIUM_ARGS } from './find-browser.mjs';

// The puppeteer-core that @web/test-runner-chrome itself drives, so Firefox and
// Chromium run on the same client.
const require = createRequire(createRequire(import.meta.url).resolve('@web/test-runner-chrome'));
export const puppeteerCore = require('puppeteer-core');

// A reader west of UTC: a date-only value must not slip to the day before.
export const TIME_ZONE = 'America/Los_Angeles';
const VIEWPORT = { width: 800, height: 600 };

export function launcherFor(engine, found) {
  if (engine === 'chromium') {
    return chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { executablePath: found.executablePath, headless: true, args: CHROMIUM_ARGS },
      async createPage({ context }) {
        const page = await context.newPage();
        await page.emulateTimezone(TIME_ZONE);
        return page;
      },
    });
  }
  if (engine === 'firefox') {
    return chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: found.executablePath,
        headless: true,
        defaultViewport: VIEWPORT,
        // The process's own time zone: it needs no BiDi emulation.setTimezoneOverride, which
        // older Firefox ESRs lack, and holds in every page and worker.
        env: { ...process.env, TZ: TIME_ZONE },
        extraPrefsFirefox: {
          'intl.accept_languages': 'en-US',
          'intl.locale.requested': 'en-US',
          // Light unless a test asks otherwise, whatever the machine's theme.
          'layout.css.prefers-color-scheme.content-override': 1,
        },
      },
    });
  }
  if (engine === 'webkit') return new WebKitLauncher(found);
  throw new Error(`Unknown browser engine "${engine}"`);
}

/** A port nothing listens on, from the system's ephemeral range. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitForDriver(port, child, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeout} ms`);
}

/** Starts Xvfb on a display it picks itself (-displayfd) and resolves to ":N". */
function startXvfb(xvfbPath, screen, processes) {
  return new Promise((resolve, reject) => {
    const xvfb = spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', `${screen}x24`, '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    processes.push(xvfb);
    let output = '';
    xvfb.stdio[3].on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve(`:${output.trim()}`);
    });
    xvfb.once('error', reject);
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with code ${code}`)));
  });
}

/**
 * WebKitWebDriver on a free port, on a private Xvfb display (else $DISPLAY), so no window
 * opens on a developer's desktop. Resolves with the port and a synchronous stop().
 */
export async function startWebKitDriver(found, { screen = '1280x1024' } = {}) {
  const processes = [];
  const stop = () => {
    for (const child of processes.reverse()) if (child.exitCode === null) child.kill();
    processes.length = 0;
  };
  try {
    const display = found.xvfbPath ? await startXvfb(found.xvfbPath, screen, processes) : process.env.DISPLAY;
    const port = await freePort();
    // TZ as for Firefox; WebKitGTK takes navigator.language from the locale (en-US, also when
    // en_US.UTF-8 is not installed and the C locale is what it gets).
    const driver = spawn(found.driverPath, [`--port=${port}`], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: display, TZ: TIME_ZONE, LANG: 'en_US.UTF-8' },
    });
    processes.push(driver);
    await waitForDriver(port, driver);
    return { port, stop };
  } catch (error) {
    stop();
    throw error;
  }
}

/** WebDriver capabilities for WebKitGTK's MiniBrowser; `args` such as --dark-mode are added to its own. */
export const webKitCapabilities = (found, args = []) => ({
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': { binary: found.browserPath, args: ['--automation', ...args] },
});

/** Sets the size of the page's viewport (WebDriver sets the window's, chrome included). */
export async function setWebKitViewport(driver, width, height) {
  await driver.setWindowSize(width, height);
  const [innerWidth, innerHeight] = await driver.execute('return [innerWidth, innerHeight]');
  await driver.setWindowSize(2 * width - innerWidth, 2 * height - innerHeight);
}

class WebKitLauncher extends WebdriverLauncher {
  #found;
  #stopDriver = () => {};

  constructor(found) {
    super({ hostname: '127.0.0.1', path: '/', logLevel: 'error', connectionRetryTimeout: 60_000, capabilities: webKitCapabilities(found) });
    this.#found = found;
    process.once('exit', () => this.#stopDriver());
  }

  async initialize(config, testFiles) {
    const { port, stop } = await startWebKitDriver(this.#found);
    this.#stopDriver = stop;
    this.options.port = port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async startSession(id, url) {
    if (!this.driver) {
      await this.ensureManagerInitialized();
      await setWebKitViewport(this.driver, VIEWPORT.width, VIEWPORT.height);
    }
    return super.startSession(id, url);
  }

  async stop() {
    await super.stop();
    this.#stopDriver();
  }
}
