// Every browser test: components and pure modules, in real Chromium, Firefox and WebKit.
// LEDE_BROWSERS=firefox (or chromium,webkit …) runs some engines only; LEDE_MODE=development
// runs the same tests against Lit's development build. `npm test` goes through
// scripts/run-browser-tests.mjs, which runs each engine and mode in turn.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { findEngine, missingEngineMessage, parseEngines, requireAllEngines } from './scripts/find-browser.mjs';
import { resultsReporter } from './scripts/results-reporter.mjs';
import { freePort, launcherFor } from './scripts/test-browsers.mjs';
import { faultMiddleware } from './scripts/test-server.mjs';

const development = process.env.LEDE_MODE === 'development';

const browsers = [];
for (const engine of parseEngines(process.env.LEDE_BROWSERS)) {
  const found = findEngine(engine);
  if (found.missing) {
    console.error(missingEngineMessage(engine, found));
    if (requireAllEngines()) process.exit(1);
  } else browsers.push(launcherFor(engine, found));
}
if (browsers.length === 0) {
  console.error('No browser to run the tests in.');
  process.exit(1);
}

export default {
  files: ['src/**/*.test.ts'],
  nodeResolve: { exportConditions: development ? ['development'] : ['production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [faultMiddleware],
  browsers,
  // LEDE_RESULTS_FILE: scripts/run-browser-tests.mjs reads each run's counts and failures there.
  reporters: [defaultReporter(), ...(process.env.LEDE_RESULTS_FILE ? [resultsReporter(process.env.LEDE_RESULTS_FILE)] : [])],
  // A port of its own: the default (8000, or the next one portfinder takes for free) can be the
  // port of another test run or `npm start` on the same machine, whose files the browsers would test.
  port: await freePort(),
  // One test page at a time, one engine at a time: timing-sensitive tests (progressive
  // rendering, timeouts) must not compete with another page for the machine's two cores.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><script type="module" src="${testFramework}"></script></body></html>`,
};
