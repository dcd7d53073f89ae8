// Browser tests wait for what they are waiting for (an event, updateComplete, a held fetch, a frame,
// waitUntil, fake timers), never for a number of milliseconds: a sleep is slow on a quiet machine
// and too short on a busy one.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourceFiles = (folder) =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : /\.(ts|js|mjs)$/.test(entry.name) ? [join(folder, entry.name)] : [],
  );

/** Relative imports of `file` (static, side-effect and dynamic), as paths of source files. */
const importsOf = (file) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.[^'"]+)['"]/g)].map(([, specifier]) =>
    resolve(dirname(file), specifier).replace(/\.js$/, '.ts'),
  );

/**
 * The test files and their helpers (`src/test/test-fixtures.ts`, `src/test/page-frame.ts`):
 * every source file that no bundle entry of rollup.config.mjs reaches.
 */
function testCode() {
  const entries = [...new Set(readFileSync(join(root, 'rollup.config.mjs'), 'utf8').match(/src\/[\w/.-]+\.ts/g))].map((path) => join(root, path));
  const product = new Set();
  const visit = (file) => {
    if (product.has(file)) return;
    product.add(file);
    importsOf(file).forEach(visit);
  };
  entries.forEach(visit);
  return sourceFiles(join(root, 'src')).filter((file) => !product.has(file));
}

/** The text of a call's arguments, from the `(` at `open` to its closing parenthesis. */
function argumentsAt(text, open) {
  let depth = 0;
  let quote = '';
  for (let at = open; at < text.length; at++) {
    const letter = text[at];
    if (quote) {
      if (letter === '\\') at++;
      else if (letter === quote) quote = '';
    } else if (`'"\``.includes(letter)) quote = letter;
    else if ('([{'.includes(letter)) depth++;
    else if (')]}'.includes(letter) && --depth === 0) return text.slice(open + 1, at);
  }
  return text.slice(open + 1);
}

/** Top-level arguments of a call, split on the commas outside brackets and strings. */
function splitArguments(text) {
  const parts = [''];
  let depth = 0;
  let quote = '';
  for (let at = 0; at < text.length; at++) {
    const letter = text[at];
    if (quote) {
      if (letter === '\\') parts[parts.length - 1] += text[at++];
      else if (letter === quote) quote = '';
    } else if (`'"\``.includes(letter)) quote = letter;
    else if ('([{'.includes(letter)) depth++;
    else if (')]}'.includes(letter)) depth--;
    else if (letter === ',' && depth === 0) {
      parts.push('');
      continue;
    }
    parts[parts.length - 1] += letter;
  }
  return parts.map((part) => part.trim()).filter(Boolean);
}

/**
 * Each wait for a span of time in `text`, as `line: code`: `aTimeout(…)`, and `setTimeout` or
 * `setInterval` given a delay. A timer with no delay (or 0) is one task turn, which is what the
 * widgets themselves wait for after a frame; `clock.tick` moves fake timers and waits for nothing.
 */
function sleepsIn(text) {
  const found = [];
  for (const match of text.matchAll(/\b(aTimeout|setTimeout|setInterval)\s*\(/g)) {
    const open = match.index + match[0].length - 1;
    const args = splitArguments(argumentsAt(text, open));
    const waits = match[1] === 'aTimeout' || (args.length > 1 && !/^0+$/.test(args[1]));
    if (!waits) continue;
    const line = text.slice(0, match.index).split('\n').length;
    found.push(`${line}: ${match[1]}(${match[1] === 'aTimeout' ? args.join(', ') : `…, ${args[1]}`})`);
  }
  return found;
}

test('the checker finds sleeps and leaves task turns and fake timers alone', () => {
  assert.deepEqual(sleepsIn('await new Promise((resolve) => setTimeout(resolve, 50));'), ['1: setTimeout(…, 50)']);
  assert.deepEqual(sleepsIn("await aTimeout(10);\nsetTimeout(() => { poll(); }, interval)"), ['1: aTimeout(10)', '2: setTimeout(…, interval)']);
  assert.deepEqual(sleepsIn('const wait = (ms) => new Promise((r) => setInterval(r, ms));'), ['1: setInterval(…, ms)']);
  assert.deepEqual(sleepsIn('requestAnimationFrame(() => setTimeout(resolve)); setTimeout(() => f(a, b)); setTimeout(resolve, 0);'), []);
  assert.deepEqual(sleepsIn('await clock.tickAsync(15_000); clock.tick(300);'), []);
});

/**
 * Sleeps not replaced yet, each to be taken out of this list with its sleep. The partner page of
 * src/test/pages/widgets.html reports 500 ms after the third lede-load or lede-error it hears,
 * nested widgets' events included: waiting for every widget, nested ones too, instead hung there.
 */
test('test files and their helpers never sleep', () => {
  const files = testCode();
  const names = files.map((file) => relative(root, file));
  assert.ok(names.includes('src/test/test-fixtures.ts') && names.includes('src/test/page-frame.ts'), 'the helpers are checked too');
  assert.ok(!names.includes('src/internal/lede-element.ts'), 'the widgets\' own timers are not tests');
  const sleeps = files
    .flatMap((file) => sleepsIn(readFileSync(file, 'utf8')).map((sleep) => `${relative(root, file)}:${sleep}`));
  assert.deepEqual(
    sleeps,
    [],
    'wait for what the test is waiting for instead: oneEvent, updateComplete, a held fetch (holdFetch), waitUntil, animation frames, or sinon fake timers',
  );
});
