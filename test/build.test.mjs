// Checks on the committed build, run by `npm test` before the browser tests:
// dist/ matches a fresh build, the size budgets hold, the JSON Schema is sound.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');

/**
 * min+gzip ceilings in bytes. An ES entry is measured with every chunk it
 * imports, as a partner who loads only that element gets it. lede.js holds all
 * three widgets: its goal is 16 KB (issue 4), not met yet; the ceilings guard
 * against growth until it is. Lower them as bundles shrink.
 */
const BUDGETS = {
  'lede.js': 30_380,
  'quote.js': 20_920,
  'timeline.js': 25_640,
  'quote.mjs': 22_130,
  'timeline.mjs': 26_290,
  'article.mjs': 31_320,
};

/** The code a browser loads for an ES entry: the entry and, transitively, its static imports. */
function withImports(path, seen = new Set()) {
  if (seen.has(path)) return '';
  seen.add(path);
  const code = readFileSync(path, 'utf8');
  const imports = [...code.matchAll(/(?:import|export)[^"']*?from\s*["'](\.[^"']+)["']|import\s*["'](\.[^"']+)["']/g)];
  return code + imports.map((match) => withImports(join(dirname(path), match[1] ?? match[2]), seen)).join('');
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

test('dist/ is what a fresh build of src/ produces', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'lede-build-'));
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent'], {
      cwd: root,
      env: { ...process.env, LEDE_OUT_DIR: fresh },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const built = files(fresh).map((path) => relative(fresh, path)).sort();
    assert.ok(built.includes('lede.js'));
    const inDist = files(dist).map((path) => relative(dist, path)).filter((name) => !name.startsWith('types/')).sort();
    assert.deepEqual(inDist, built, 'dist/ holds other files than a fresh build: run npm run build and commit dist/');
    for (const name of built) {
      const committed = join(dist, name);
      let expected;
      try {
        expected = readFileSync(committed, 'utf8');
      } catch {
        assert.fail(`dist/${name} is missing: run npm run build and commit dist/`);
      }
      assert.equal(expected, readFileSync(join(fresh, name), 'utf8'), `dist/${name} differs from a fresh build: run npm run build and commit dist/`);
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
});

test('bundles stay within their size budgets (min+gzip)', () => {
  const report = [];
  for (const path of files(dist).filter((file) => /\.m?js$/.test(file) && !file.includes('/chunks/') && !/(schema|ssr)\.mjs$/.test(file))) {
    const name = relative(dist, path);
    const size = gzipSync(name.endsWith('.mjs') ? withImports(path) : readFileSync(path), { level: 9 }).length;
    report.push(`${name.padEnd(16)} ${String(size).padStart(6)} B${name.endsWith('.mjs') ? ' (with the chunks it imports)' : ''}`);
    const budget = BUDGETS[name];
    if (budget !== undefined) assert.ok(size <= budget, `dist/${name} is ${size} B min+gzip, over its budget of ${budget} B`);
  }
  console.log(report.join('\n'));
});

test('each ES entry defines the elements it needs, with the chunks it imports', () => {
  const defined = (entry) => [...withImports(join(dist, entry)).matchAll(/"(lede-(?:quote|timeline|article))"/g)].map((match) => match[1]);
  const needs = { 'quote.mjs': ['lede-quote'], 'timeline.mjs': ['lede-timeline'], 'article.mjs': ['lede-quote', 'lede-timeline', 'lede-article'] };
  needs['lede.mjs'] = needs['article.mjs'];
  for (const [entry, tags] of Object.entries(needs)) {
    for (const tag of tags) assert.ok(defined(entry).includes(tag), `dist/${entry} does not define <${tag}>`);
  }
});

test('minified templates keep the spaces a reader sees at their edges', () => {
  // The browser tests run on src/; only the build can lose a template's first or last space
  // ("Baku · 5 March", "1 March – 5 March"), which the minifier trims unless told to keep one.
  for (const name of ['lede.js', 'quote.js', 'timeline.js']) {
    const code = readFileSync(join('dist', name), 'utf8');
    if (name !== 'quote.js') assert.match(code, /` – <time/, `${name}: the space before a date range's dash`);
    if (name === 'lede.js') assert.match(code, /<\/span> · `/, `${name}: the space after the article's dateline separator`);
  }
});

test('bundles carry one copy of Lit, its production build', () => {
  for (const name of ['lede.js', 'quote.js', 'timeline.js', 'lede.mjs', 'quote.mjs', 'timeline.mjs', 'article.mjs']) {
    const code = name.endsWith('.mjs') ? withImports(join(dist, name)) : readFileSync(join(dist, name), 'utf8');
    assert.equal(code.match(/litHtmlVersions/g)?.length, 1, `dist/${name} should hold lit-html once`);
    assert.equal(code.match(/reactiveElementVersions/g)?.length, 1, `dist/${name} should hold @lit/reactive-element once`);
    assert.ok(!/Lit is in dev mode|issueWarning/.test(code), `dist/${name} holds Lit's development build`);
  }
});

test('dist/lede.schema.json describes the three document types', () => {
  const schema = JSON.parse(readFileSync(join(dist, 'lede.schema.json'), 'utf8'));
  assert.deepEqual(schema.oneOf.map((option) => option.properties.type.const), ['quote', 'timeline', 'article']);
  const quote = schema.oneOf[0];
  assert.deepEqual(quote.required, ['type', 'text', 'speaker']);
  assert.deepEqual(quote.properties.speaker.required, ['name']);
  // minItems and minimum are also member names the bundles shorten (INTERNAL_MEMBERS): the schema is built unshortened.
  const timeline = schema.oneOf[1];
  assert.equal(timeline.properties.events.minItems, 1);
});

test('dist/lede.schema.json flags a misspelt field and accepts every demo document, $schema and all', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(dist, 'lede.schema.json'), 'utf8')));
  for (const name of readdirSync(join(root, 'demo/data')).filter((file) => file.endsWith('.json'))) {
    const document = JSON.parse(readFileSync(join(root, 'demo/data', name), 'utf8'));
    assert.ok(validate({ $schema: 'https://unpkg.com/lede-widgets/dist/lede.schema.json', ...document }), `${name}: ${ajv.errorsText(validate.errors)}`);
  }
  const quote = JSON.parse(readFileSync(join(root, 'demo/data/quote-aliyev.ru.json'), 'utf8'));
  const flagged = (document) => !validate(document) && validate.errors.some((error) => error.keyword === 'additionalProperties');
  assert.ok(flagged({ ...quote, contxt: 'x' }), 'a misspelt top-level field');
  assert.ok(flagged({ ...quote, speaker: { ...quote.speaker, title: 'x' } }), 'a misspelt nested field');
  const timeline = JSON.parse(readFileSync(join(root, 'demo/data/timeline-russia-azerbaijan.en.json'), 'utf8'));
  assert.ok(flagged({ ...timeline, events: [{ ...timeline.events[0], headline: 'x' }] }), "an event's misspelt field");
});

test('the schema entry validates in Node, without a DOM', async () => {
  const { validateDocument } = await import(join(dist, 'schema.mjs'));
  const quote = JSON.parse(readFileSync(join(root, 'demo/data/quote-aliyev.ru.json'), 'utf8'));
  const result = validateDocument(quote);
  assert.equal(result.ok, true);
  assert.deepEqual(result.issues, []);
  const broken = validateDocument({ type: 'timeline', events: [{ date: '2025-13-45', title: 'x' }] });
  assert.equal(broken.ok, false);
  assert.deepEqual(broken.issues.map((issue) => issue.path), ['events[0].date', 'events']);
});
