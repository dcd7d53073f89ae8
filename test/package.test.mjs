// The package as a partner gets it: the CDN tag and its hash, the script tag the
// `lede` command writes, what `npm pack` ships, and the registry's own checks.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const integrity = JSON.parse(readFileSync(join(root, 'dist/integrity.json'), 'utf8'));
const cdn = (file) => `https://cdn.jsdelivr.net/npm/lede-widgets@${pkg.version}/dist/${file}`;

function lede(args) {
  return spawnSync(process.execPath, [join(root, 'bin/lede.mjs'), ...args], { encoding: 'utf8' });
}

test('dist/integrity.json holds the sha384 of each classic script', () => {
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
  assert.equal(attribute('integrity'), integrity['lede.js'], 'the hash in README.md is not the build\'s: copy it from dist/integrity.json');
  assert.equal(attribute('crossorigin'), 'anonymous');
});

test('lede snippet and lede render --page write the CDN tag with its integrity; --script and --integrity override', () => {
  const document = join(root, 'demo/data/quote-aliyev.ru.json');
  const tag = `<script src="${cdn('lede.js')}" integrity="${integrity['lede.js']}" crossorigin="anonymous" async></script>`;
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
