// The README and docs/ stay true: every link and picture resolves, every command they name exists,
// the sizes they quote are the build's, and the pages generated from code are fresh.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { README_IMAGES } from '../scripts/readme-images.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path) => readFileSync(join(root, path), 'utf8');
const markdownFiles = (folder) =>
  readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(folder, entry.name)) : entry.name.endsWith('.md') ? [join(folder, entry.name)] : [],
  );
const PAGES = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...markdownFiles('docs')];

/** Markdown without its fenced code blocks, where a link-like text is not a link. */
const prose = (text) => text.replace(/^```[\s\S]*?^```/gm, '');

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchors(text) {
  const seen = new Map();
  return new Set(
    [...prose(text).matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) => {
      const slug = heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
      const count = seen.get(slug) ?? 0;
      seen.set(slug, count + 1);
      return count ? `${slug}-${count}` : slug;
    }),
  );
}

test('the README is a front door: the two commands first, short, every widget pictured', () => {
  const readme = read('README.md');
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  assert.match(firstBlock, /^npm ci && npm start\b/m);
  assert.match(firstBlock, /^npm test\b/m);
  const lines = readme.split('\n').length;
  assert.ok(lines <= 160, `README.md is ${lines} lines: keep it a front door and move detail to docs/`);
  for (const { file } of README_IMAGES) assert.ok(readme.includes(`](docs/images/${file})`), `README.md does not show docs/images/${file}`);
});

test('every link and image in the README and docs/ resolves, anchors included', () => {
  const broken = [];
  for (const page of PAGES) {
    const text = read(page);
    for (const [, target] of prose(text).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [path, anchor] = target.split('#');
      const file = path ? join(dirname(join(root, page)), path) : join(root, page);
      if (!existsSync(file)) broken.push(`${page}: ${target} (no such file)`);
      else if (anchor && file.endsWith('.md') && !anchors(readFileSync(file, 'utf8')).has(anchor)) broken.push(`${page}: ${target} (no such heading)`);
    }
  }
  assert.deepEqual(broken, []);
});

test('the README pictures are PNGs that scripts/readme-images.mjs writes', () => {
  for (const { file } of README_IMAGES) {
    const bytes = readFileSync(join(root, 'docs/images', file));
    assert.deepEqual([...bytes.subarray(1, 4)], [...Buffer.from('PNG')], `${file} is not a PNG`);
    assert.ok(bytes.readUInt32BE(16) >= 320 && bytes.readUInt32BE(20) >= 200, `${file} is too small to show a widget`);
  }
});

/** Code and comments a newcomer reads: every source, test, script and config file we write. */
function sourceFiles(folder) {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mjs|js|php|html)$/.test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(root.length + 1))
    .filter((file) => !file.startsWith('wordpress/dist/') && !file.includes('/assets/') && !file.includes('node_modules'));
}
const SOURCES = [
  ...['src', 'bin', 'scripts', 'test', 'demo', 'wordpress'].flatMap(sourceFiles),
  'rollup.config.mjs',
  'web-test-runner.config.mjs',
].filter((file) => file !== 'test/docs.test.mjs');

test('the docs name no file outside the repository', () => {
  for (const page of PAGES) assert.doesNotMatch(read(page), /\bSPEC\b/, `${page} cites SPEC, which is not in the repository`);
});

test('the code cites the docs, never a file outside the repository, and each page it cites exists', () => {
  assert.ok(SOURCES.length > 100, `only ${SOURCES.length} source files found`);
  for (const file of SOURCES) {
    const text = read(file);
    assert.doesNotMatch(text, /\bSPEC\b/, `${file} cites SPEC, which is not in the repository`);
    for (const [cited] of text.matchAll(/\bdocs\/[\w/-]+(?:\.md)?/g)) {
      assert.ok(existsSync(join(root, cited)), `${file} cites ${cited}, which does not exist`);
    }
  }
});

test('every npm script and lede command the docs name exists', () => {
  const scripts = Object.keys(JSON.parse(read('package.json')).scripts);
  const usage = spawnSync(process.execPath, [join(root, 'bin/lede.mjs'), '--help'], { encoding: 'utf8' });
  const commands = new Set([...`${usage.stdout}${usage.stderr}`.matchAll(/^\s+lede (\w+)/gm)].map(([, name]) => name));
  assert.ok(commands.has('validate') && commands.has('import'), 'lede --help lists no commands');
  const missing = [];
  for (const page of PAGES) {
    const text = read(page);
    for (const [, name] of text.matchAll(/npm run ([\w:-]+)/g)) if (!scripts.includes(name)) missing.push(`${page}: npm run ${name}`);
    for (const [, name] of text.matchAll(/npx lede(?:-widgets)? ([a-z]+)/g)) if (!commands.has(name)) missing.push(`${page}: lede ${name}`);
  }
  assert.deepEqual(missing, []);
});

test('the sizes the docs quote are the build\'s, within 0.3 KB', () => {
  const quoted = [];
  for (const page of PAGES) {
    for (const [, file, size] of read(page).matchAll(/`dist\/([\w.-]+\.js)` \(about (\d+\.\d) KB/g)) quoted.push([page, file, Number(size)]);
  }
  assert.ok(quoted.length >= 3, 'the README quotes the size of lede.js, quote.js and timeline.js');
  for (const [page, file, size] of quoted) {
    const actual = gzipSync(readFileSync(join(root, 'dist', file)), { level: 9 }).length / 1000;
    assert.ok(Math.abs(actual - size) <= 0.3, `${page} says dist/${file} is about ${size} KB; it is ${actual.toFixed(1)} KB`);
  }
});

test('the element pages and the data format\'s field tables are what the code says', () => {
  const check = spawnSync(process.execPath, [join(root, 'scripts/reference-docs.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(check.status, 0, check.stderr);
  for (const tag of ['lede-quote', 'lede-timeline', 'lede-article']) {
    const page = read(`docs/elements/${tag}.md`);
    for (const name of ['src', 'theme', 'locale', 'loading', 'refresh', 'debug', 'lede-load', 'lede-error', 'notice', 'retry']) {
      assert.ok(page.includes(`\`${name}\``), `docs/elements/${tag}.md does not name ${name}`);
    }
  }
});

test('the JSON Schema\'s $id is this release\'s docs/data-format.md, which the package ships', () => {
  const schema = JSON.parse(read('dist/lede.schema.json'));
  const { version } = JSON.parse(read('package.json'));
  assert.equal(schema.$id, `https://cdn.jsdelivr.net/npm/lede-widgets@${version}/docs/data-format.md`);
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  assert.ok(packed.files.some((file) => file.path === 'docs/data-format.md'));
  assert.ok(!packed.files.some((file) => file.path.endsWith('.png')), 'the pictures stay out of the package');
});
