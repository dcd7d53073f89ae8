// Every browser test: components and pure modules, in real headless Chromium.
// LEDE_MODE=development runs the same tests against Lit's development build.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/find-browser.mjs';
import { faultMiddleware } from './scripts/test-server.mjs';

const development = process.env.LEDE_MODE === 'development';
const executablePath = findChromium();

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: development ? ['development'] : ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [faultMiddleware],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS },
      // A reader west of UTC: a date-only value must not slip to the day before.
      async createPage({ context }) {
        const page = await context.newPage();
        await page.emulateTimezone('America/Los_Angeles');
        return page;
      },
    }),
  ],
  // One test page at a time: timing-sensitive tests (progressive rendering, timeouts) must not
  // compete with another page for the machine's two cores.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
