// The package as a partner gets it: the CDN tag and its hash, the script tag the
// `lede` command writes, what `npm pack` ships, and the registry's own checks.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const readIntegrity = () => JSON.parse(readFileSync(join(root, 'dist/integrity.json'), 'utf8'));
const cdn = (file) => `https://cdn.jsdelivr.net/npm/lede-widgets@${pkg.version}/dist/${file}`;

function lede(args) {
  return spawnSync(process.execPath, [join(root, 'bin/lede.mjs'), ...args], { encoding: 'utf8' });
}

test('dist/integrity.json holds the sha384 of each classic script', () => {
  const integrity = readIntegrity();
  assert.deepEqual(Object.keys(integrity), ['lede.js', 'quote.js', 'timeline.js']);
  for (const [file, hash] of Object.entries(integrity)) {
    const digest = createHash('sha384').update(readFileSync(join(root, 'dist', file))).digest('base64');
    assert.equal(hash, `sha384-${digest}`, `dist/${file}`);
  }
});

test("README's first script tag is this version's dist/lede.js on the CDN, with its integrity", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const tag = readme.match(/<script\b[^>]*\bintegrity=[^>]*>/)?.[0];
  assert.ok(tag, 'README.md has no <script src=… integrity=…> tag: the Install section should start with the CDN tag');
  const attribute = (name) => tag.match(new RegExp(`\\b${name}="([^"]*)"`))?.[1];
  assert.equal(attribute('src'), cdn('lede.js'));
  assert.equal(attribute('integrity'), readIntegrity()['lede.js'], 'the hash in README.md is not the build\'s: copy it from dist/integrity.json');
  assert.equal(attribute('crossorigin'), 'anonymous');
});

test('lede snippet and lede render --page write the CDN tag with its integrity; --script and --integrity override', () => {
  const document = join(root, 'demo/data/quote-aliyev.ru.json');
  const tag = `<script src="${cdn('lede.js')}" integrity="${readIntegrity()['lede.js']}" crossorigin="anonymous" async></script>`;
  const snippet = lede(['snippet', document]);
  assert.equal(snippet.status, 0);
  assert.ok(snippet.stdout.endsWith(`\n${tag}\n`), snippet.stdout.slice(-300));
  assert.doesNotMatch(snippet.stdout, /your\.cdn/);
  const page = lede(['render', '--page', document]).stdout;
  assert.ok(page.includes(`\n${tag}\n</body>`));

  const hosted = lede(['snippet', '--script', '/js/lede.js', '--integrity', 'sha384-abc', document]).stdout;
  assert.ok(hosted.endsWith('\n<script src="/js/lede.js" integrity="sha384-abc" crossorigin="anonymous" async></script>\n'));
  assert.ok(lede(['render', '--page', '--script', '/js/lede.js', document]).stdout.includes('\n<script src="/js/lede.js" async></script>\n'));
  const alone = lede(['snippet', '--integrity', 'sha384-abc', document]);
  assert.equal(alone.status, 2, 'an integrity without --script would be the hash of another file');
  assert.match(alone.stderr, /--integrity .* --script/);
});

test('npm pack ships only what a partner needs', () => {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const files = packed.files.map((file) => file.path);
  const outside = files.filter((path) => !/^dist\/(?:[\w.-]+\.(?:m?js|json)|chunks\/[\w-]+\.mjs|types\/.+\.d\.ts)$|^docs\/[\w/-]+\.md$/.test(path));
  assert.deepEqual(outside.sort(), ['CHANGELOG.md', 'LICENSE', 'README.md', 'bin/lede.mjs', 'custom-elements.json', 'package.json']);
  for (const required of ['docs/data-format.md', 'docs/elements/lede-quote.md', 'dist/lede.js', 'dist/quote.js', 'dist/timeline.js', 'dist/integrity.json', 'dist/react.mjs', 'dist/types/frameworks/react.d.ts', 'dist/types/frameworks/vue.d.ts', 'dist/types/frameworks/svelte.d.ts']) {
    assert.ok(files.includes(required), `${required} is not in the package`);
  }
  assert.ok(!files.some((path) => /\.test\.|test-fixtures|xss-corpus/.test(path)), 'test files are in the package');
});

test('custom-elements.json and the framework types are what a fresh analysis writes', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'lede-cem-'));
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], {
      cwd: root,
      // The analyzer puts its outdir under the working directory, so it is given relative.
      env: { ...process.env, LEDE_OUT_DIR: relative(root, fresh) },
      stdio: 'ignore',
    });
    const stale = 'run npm run build and commit custom-elements.json and dist/types/frameworks/';
    assert.equal(readFileSync(join(root, 'custom-elements.json'), 'utf8'), readFileSync(join(fresh, 'custom-elements.json'), 'utf8'), stale);
    const frameworks = readdirSync(join(fresh, 'dist/types/frameworks')).sort();
    assert.deepEqual(frameworks, ['jsx.d.ts', 'react.d.ts', 'svelte.d.ts', 'vue.d.ts']);
    for (const name of frameworks) {
      assert.equal(readFileSync(join(root, 'dist/types/frameworks', name), 'utf8'), readFileSync(join(fresh, 'dist/types/frameworks', name), 'utf8'), `${name}: ${stale}`);
    }
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
});

test('publint finds nothing to fix', () => {
  const result = spawnSync(process.execPath, [join(root, 'node_modules/publint/src/cli.js'), '--strict'], { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /All good!/);
});

test('are the types wrong: every subpath resolves for node10, node16 and bundler', () => {
  // The package is ESM only (Node >= 20 has import()), so a require() that resolves to ESM is
  // expected: cjs-resolves-to-esm is ignored. lede.schema.json is a JSON file that node10
  // resolution looks for at the package root; such consumers read dist/lede.schema.json.
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js'), '--pack', '.', '--ignore-rules', 'cjs-resolves-to-esm', '--exclude-entrypoints', 'lede.schema.json', '--format', 'ascii'],
    { cwd: root, encoding: 'utf8' },
  );
  assert.equal(result.status, 0, result.stdout + result.stderr);
  assert.match(result.stdout, /No problems found/);
});
