// `npm test`'s browser tests: every test file in Chromium, Firefox and WebKit, against Lit's
// production build and then its development build, one engine at a time.
//   node scripts/run-browser-tests.mjs [--browsers firefox,webkit] [--mode production|development] [wtr options…]
// LEDE_BROWSERS and LEDE_MODE do the same as the two flags. An engine that is not installed is
// named in one line and left out, except in CI (CI=true) or with LEDE_REQUIRE_ALL_BROWSERS=1,
// where it fails the run. Anything else on the command line goes to wtr (`--files src/dates/**`).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ENGINE_PACKAGES, findEngine, parseEngines, requireAllEngines } from './find-browser.mjs';

const MODES = ['production', 'development'];

function readArguments(argv) {
  const options = { browsers: process.env.LEDE_BROWSERS, mode: process.env.LEDE_MODE, rest: [] };
  for (let index = 0; index < argv.length; index++) {
    const [name, inline] = argv[index].split(/=(.*)/s, 2);
    if (name === '--browsers' || name === '--mode') {
      const value = inline ?? argv[++index];
      if (value === undefined) throw new Error(`${name} needs a value`);
      options[name.slice(2)] = value;
    } else options.rest.push(argv[index]);
  }
  if (options.mode && !MODES.includes(options.mode)) throw new Error(`Unknown mode "${options.mode}": use ${MODES.join(' or ')}`);
  return options;
}

let options;
let engines;
try {
  options = readArguments(process.argv.slice(2));
  engines = parseEngines(options.browsers);
} catch (error) {
  console.error(error.message);
  process.exit(2);
}

const missing = engines.filter((engine) => findEngine(engine).missing);
if (missing.length) {
  const packages = [...new Set(missing.flatMap((engine) => ENGINE_PACKAGES[engine]))].join(' ');
  const names = missing.map((engine) => findEngine(engine).missing).join(', ');
  if (requireAllEngines()) {
    console.error(`${names} not found, and every engine is required here (CI): install with \`sudo apt-get install -y ${packages}\`.`);
    process.exit(1);
  }
  console.error(`${names} not found: running the tests without ${missing.join(', ')} (install with \`sudo apt-get install -y ${packages}\`).`);
  engines = engines.filter((engine) => !missing.includes(engine));
  if (engines.length === 0) process.exit(1);
}

const wtr = join(dirname(createRequire(import.meta.url).resolve('@web/test-runner')), 'bin.js');

/** Runs wtr for one engine and mode, echoing its output; resolves with the counts its results reporter wrote. */
function run(engine, mode) {
  const file = join(mkdtempSync(join(tmpdir(), 'lede-wtr-')), 'results.json');
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [wtr, ...options.rest], {
      env: { ...process.env, LEDE_BROWSERS: engine, LEDE_MODE: mode, LEDE_RESULTS_FILE: file },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const stop = () => child.kill('SIGINT');
    process.once('SIGINT', stop);
    child.on('close', (code) => {
      process.off('SIGINT', stop);
      let counts = { passed: 0, failed: 0, skipped: 0, failures: [`wtr stopped (exit ${code}) before it reported`] };
      try {
        counts = JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        // No results: wtr did not get as far as its reporters; its exit code fails the run.
      }
      rmSync(dirname(file), { recursive: true, force: true });
      resolve({ engine, mode, code, seconds: Math.round((Date.now() - started) / 1000), ...counts });
    });
  });
}

const results = [];
for (const mode of options.mode ? [options.mode] : MODES) {
  for (const engine of engines) {
    console.log(`\n▶ ${engine}, Lit ${mode} build`);
    results.push(await run(engine, mode));
  }
}

console.log('\nBrowser tests:');
for (const { engine, mode, code, seconds, passed, failed, skipped } of results) {
  const counts = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
  console.log(`  ${code === 0 ? 'ok  ' : 'FAIL'}  ${engine.padEnd(8)}  ${mode.padEnd(11)}  ${counts.padEnd(34)}  ${seconds} s`);
}
for (const { engine, mode, failures } of results) {
  for (const failure of failures) console.log(`\n  ${engine} ${mode}: ${failure}`);
}
if (missing.length) console.log(`  not run: ${missing.join(', ')} (not installed)`);
// The plain closing line CI reads: every engine and build together.
const total = (key) => results.reduce((sum, result) => sum + result[key], 0);
console.log(`\n${total('passed')} passed, ${total('failed')} failed, ${total('skipped')} skipped`);
process.exit(results.every((result) => result.code === 0) ? 0 : 1);
