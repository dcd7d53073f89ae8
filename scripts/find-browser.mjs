// Where the tests and the benchmark find a browser: CHROME_PATH, else the
// Debian or Google builds in their usual places. Nothing is ever downloaded.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium() {
  const path = [process.env.CHROME_PATH, ...CANDIDATES].find((candidate) => candidate && existsSync(candidate));
  if (!path) {
    console.error('No Chromium found: install one with `sudo apt-get install -y chromium` (or set CHROME_PATH to a Chrome/Chromium binary).');
    process.exit(1);
  }
  return path;
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
