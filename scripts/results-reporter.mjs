// A web-test-runner reporter that writes one run's counts and failures to a JSON file, from the
// runner's own results (its sessions), for scripts/run-browser-tests.mjs to total across engines
// and modes: reading them out of the printed report would break with its wording or colours.
import { writeFileSync } from 'node:fs';

/** The first lines of an error: CI keeps only the end of a long log, so failures are printed again in the closing summary. */
const firstLines = (error) => (error?.message ?? 'failed, with no error message').split('\n').slice(0, 6).join('\n      ');

/** @returns {import('@web/test-runner').Reporter} */
export function resultsReporter(file) {
  return {
    stop({ sessions }) {
      const results = { passed: 0, failed: 0, skipped: 0, failures: [] };
      const collect = (suite, path, testFile) => {
        for (const test of suite.tests) {
          if (test.skipped) results.skipped++;
          else if (test.passed) results.passed++;
          else {
            results.failed++;
            results.failures.push(`${testFile} ❌ ${[...path, test.name].join(' > ')}\n      ${firstLines(test.error)}`);
          }
        }
        for (const child of suite.suites) collect(child, [...path, child.name], testFile);
      };
      for (const session of sessions) {
        const testFile = session.testFile.replace(`${process.cwd()}/`, '');
        if (session.testResults) collect(session.testResults, [], testFile);
        // A file that failed to load, or an error outside any test (an uncaught rejection).
        for (const error of session.errors ?? []) {
          results.failed++;
          results.failures.push(`${testFile}: ${firstLines(error)}`);
        }
      }
      writeFileSync(file, JSON.stringify(results));
    },
  };
}
