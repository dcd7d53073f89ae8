// scripts/results-reporter.mjs: what run-browser-tests.mjs totals and prints again at the end of `npm test`.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { resultsReporter } from '../scripts/results-reporter.mjs';

test('counts passed, failed and skipped tests at any depth, and names each failure with its suites and file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lede-reporter-'));
  try {
    const file = join(dir, 'results.json');
    const sessions = [
      {
        testFile: join(process.cwd(), 'src/a.test.ts'),
        testResults: {
          name: '',
          tests: [{ name: 'top', passed: true }],
          suites: [
            {
              name: 'outer',
              tests: [{ name: 'skipped', passed: false, skipped: true }],
              suites: [{ name: 'inner', tests: [{ name: 'breaks', passed: false, error: { message: 'expected 1 to equal 2\nmore' } }], suites: [] }],
            },
          ],
        },
        errors: [],
      },
      { testFile: join(process.cwd(), 'src/b.test.ts'), errors: [{ message: 'Could not import your test module.' }] },
    ];
    resultsReporter(file).stop({ sessions });
    const results = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual({ ...results, failures: undefined }, { passed: 1, failed: 2, skipped: 1, failures: undefined });
    assert.deepEqual(results.failures, [
      'src/a.test.ts ❌ outer > inner > breaks\n      expected 1 to equal 2\n      more',
      'src/b.test.ts: Could not import your test module.',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
