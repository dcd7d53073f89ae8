// The `lede` command: exit codes, messages and output for good and bad files.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const root = new URL('..', import.meta.url).pathname;
const data = (name) => join(root, 'demo/data', name);
const scratch = mkdtempSync(join(tmpdir(), 'lede-cli-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs `lede ARGS…` and returns { status, stdout, stderr }. */
function lede(args, input) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [join(root, 'bin/lede.mjs'), ...args], { encoding: 'utf8', input, cwd: scratch });
  return { status, stdout, stderr };
}

function file(name, content) {
  const path = join(scratch, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

const timeline = JSON.parse(readFileSync(data('timeline-russia-azerbaijan.en.json'), 'utf8'));
const withoutMarkers = (html) => html.replace(/<!--\/?lit-[^>]*-->|<\?>/g, '');

test('validate: valid documents print nothing and exit 0', () => {
  const result = lede(['validate', data('quote-aliyev.ru.json'), data('timeline-russia-azerbaijan.ru.json'), data('dushanbe-meeting.ru.json')]);
  assert.deepEqual(result, { status: 0, stdout: '', stderr: '' });
});

test('validate: warnings only print FILE: path: warning: message and exit 0', () => {
  const events = timeline.events.map((event, index) => (index === 3 ? { ...event, date: '2025-13-45' } : event));
  const path = file('warnings.json', { ...timeline, events });
  const result = lede(['validate', path]);
  assert.equal(result.status, 0);
  assert.equal(result.stdout, `${path}: events[3].date: warning: not an ISO 8601 date; left out\n`);
});

test('validate: an unknown field is a warning naming the nearest known one; --strict makes warnings fail', () => {
  const quote = JSON.parse(readFileSync(data('quote-aliyev.ru.json'), 'utf8'));
  const path = file('misspelt.json', { $schema: 'https://unpkg.com/lede-widgets/dist/lede.schema.json', ...quote, contxt: 'x' });
  const expected = `${path}: contxt: warning: unknown field; did you mean \`context\`?\n`;
  assert.deepEqual(lede(['validate', path]), { status: 0, stdout: expected, stderr: '' });
  assert.deepEqual(lede(['validate', '--strict', path]), { status: 1, stdout: expected, stderr: '' });
  assert.deepEqual(lede(['validate', '--strict', data('quote-aliyev.ru.json')]), { status: 0, stdout: '', stderr: '' });
  assert.match(lede(['validate', '--help']).stdout, /--strict +warnings fail too \(exit 1\)/);
});

test('validate: errors print FILE: path: message, one a line, and exit 1; other files are still checked', () => {
  const bad = file('bad-quote.json', { type: 'quote', text: '', speaker: { role: 'x' } });
  const result = lede(['validate', data('quote-putin.ru.json'), bad]);
  assert.equal(result.status, 1);
  const lines = result.stdout.trim().split('\n');
  assert.ok(lines.length >= 2, result.stdout);
  assert.ok(lines.every((line) => line.startsWith(`${bad}: `)), 'only the bad file is named');
  assert.ok(lines.some((line) => /^\S+: text: /.test(line)), result.stdout);
  assert.ok(lines.some((line) => /^\S+: speaker\.name: /.test(line)), result.stdout);
});

test('validate: an unknown type and an unknown version are errors', () => {
  const poem = file('poem.json', { type: 'poem' });
  assert.deepEqual(lede(['validate', poem]), {
    status: 1,
    stdout: `${poem}: type: must be one of "quote", "timeline", "article", not "poem"\n`,
    stderr: '',
  });
  const future = file('future.json', { ...timeline, version: 2 });
  const result = lede(['validate', future]);
  assert.equal(result.status, 1);
  assert.match(result.stdout, /^\S+future\.json: version: /);
});

test('validate: bad JSON is reported with its line and column', () => {
  const missingComma = file('comma.json', '{\n  "type": "quote",\n  "text": "hi"\n  "speaker": {}\n}\n');
  assert.deepEqual(lede(['validate', missingComma]), {
    status: 1,
    stdout: `${missingComma}:4:3: not valid JSON: Expected ',' or '}' after property value\n`,
    stderr: '',
  });
  // JSON.parse gives no position for some mistakes; the line and column are still right.
  const typo = file('typo.json', '{\n  "type": "timeline",\n  "events": [tru]\n}');
  assert.match(lede(['validate', typo]).stdout, /typo\.json:3:14: not valid JSON: unexpected "tru"\n$/);
  const cut = file('cut.json', '{ "type": "quote",\n  "text": "hi');
  assert.equal(lede(['validate', cut]).stdout, `${cut}:2:14: not valid JSON: the JSON ends too early\n`);
});

test('validate: a missing file is reported by name, exit 1', () => {
  assert.deepEqual(lede(['validate', 'nowhere.json']), { status: 1, stdout: 'nowhere.json: cannot read: no such file\n', stderr: '' });
});

test('validate --json: one report per file, for machines', () => {
  const bad = file('bad.json', { type: 'quote' });
  const result = lede(['validate', '--json', data('quote-putin.ru.json'), bad, 'nowhere.json']);
  assert.equal(result.status, 1);
  const reports = JSON.parse(result.stdout);
  assert.deepEqual(reports.map(({ file, ok, type }) => [file, ok, type]), [[data('quote-putin.ru.json'), true, 'quote'], [bad, false, undefined], ['nowhere.json', false, undefined]]);
  assert.deepEqual(reports[0].issues, []);
  assert.ok(reports[1].issues.some((issue) => issue.path === 'text' && issue.severity === 'error'));
  assert.deepEqual(reports[2].issues, [{ path: '', message: 'cannot read: no such file', severity: 'error' }]);
});

test('validate -: reads standard input', () => {
  assert.deepEqual(lede(['validate', '-'], readFileSync(data('quote-putin.ru.json'))), { status: 0, stdout: '', stderr: '' });
  assert.equal(lede(['validate', '-'], '{"type":"quote"}').status, 1);
  assert.match(lede(['validate', '-'], '{"type":"quote"}').stdout, /^-: text: /m);
});

test('render: the server-rendered element; --attr and --page', () => {
  const result = lede(['render', data('quote-aliyev.ru.json')]);
  assert.equal(result.status, 0);
  const html = withoutMarkers(result.stdout);
  assert.match(html, /^<lede-quote [^>]*state="ready"[^>]*><template shadowroot="open" shadowrootmode="open">/);
  assert.match(html, /<script type="application\/json">\{"type":"quote"/);
  assert.match(html, /<script type="application\/ld\+json">\{"@context":"https:\/\/schema.org","@type":"Quotation"/);

  const article = withoutMarkers(lede(['render', '--attr', 'heading-level=1', '--attr', 'theme=dark', data('sample-article.ar.json')]).stdout);
  assert.match(article, /^<lede-article [^>]*theme="dark"/);
  assert.match(article, /<h1 part="headline">/);

  const page = lede(['render', '--page', '--script', '/lede.js', data('timeline-russia-azerbaijan.en.json')]).stdout;
  assert.match(page, /^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
  assert.match(page, /<title>Russia and Azerbaijan: a year of tension<\/title>/);
  assert.match(page, /<\/lede-timeline>(<!--[^>]*-->)*\n<script src="\/lede\.js" async><\/script>\n<\/body>\n<\/html>\n$/);
  assert.doesNotMatch(lede(['render', '--no-json-ld', data('quote-putin.ru.json')]).stdout, /ld\+json/);

  const bySrc = withoutMarkers(lede(['render', '--attr', 'src=https://partner.example/aliyev.json', data('quote-aliyev.ru.json')]).stdout);
  assert.match(bySrc, /^<lede-quote [^>]*src="https:\/\/partner\.example\/aliyev\.json"[^>]*><template /);
  assert.doesNotMatch(bySrc, /application\/json/, 'with src the document is not inline');
});

test('render: an invalid document prints its problems to stderr, nothing to stdout, exit 1; warnings go to stderr', () => {
  const bad = file('render-bad.json', { type: 'timeline', events: [] });
  const result = lede(['render', bad]);
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /render-bad\.json: events: /);
  const events = timeline.events.map((event, index) => (index === 2 ? { ...event, title: 7 } : event));
  const warned = lede(['render', file('render-warn.json', { ...timeline, events })]);
  assert.equal(warned.status, 0);
  assert.match(warned.stderr, /render-warn\.json: events\[2\]\.title: warning: /);
  assert.match(warned.stdout, /<lede-timeline/);
});

test('snippet: inline data or --src, with fallback content and the script tag', () => {
  const inline = lede(['snippet', '--script', 'https://cdn.example/lede.js', data('quote-putin.ru.json')]);
  assert.equal(inline.status, 0);
  assert.match(inline.stdout, /^<lede-quote>\n  <script type="application\/json">/);
  assert.match(inline.stdout, /<blockquote><p>«Причина заключается/);
  assert.match(inline.stdout, /\n<script src="https:\/\/cdn\.example\/lede\.js" async><\/script>\n$/);
  const bySrc = lede(['snippet', '--src', 'https://partner.example/t.json', data('timeline-russia-azerbaijan.en.json')]).stdout;
  assert.match(bySrc, /^<lede-timeline src="https:\/\/partner\.example\/t\.json">\n  <div lang="en" dir="ltr">\n    <p><strong>Russia and Azerbaijan/);
  assert.equal((bySrc.match(/<li>/g) ?? []).length, timeline.events.length);
  const article = lede(['snippet', data('dushanbe-meeting.en.json')]).stdout;
  assert.match(article, /<h2>Putin admits for the first time/);
  // An Arabic story on any page: its fallback says its language and direction, with the Arabic comma and quotation marks.
  const arabic = lede(['snippet', data('sample-article.ar.json')]).stdout;
  assert.match(arabic, /^<lede-article>\n  <script type="application\/json">.*<\/script>\n  <div lang="ar" dir="rtl">\n    <h2>/);
  assert.match(arabic, /<blockquote><p>”[^<]+“<\/p><\/blockquote>\n\s*<figcaption>— فلاديمير بوتين، رئيس روسيا، /);
  assert.doesNotMatch(arabic.replace(/<script[\s\S]*?<\/script>/g, ''), /[\u0600-\u06ff], [\u0600-\u06ff]/);
  assert.equal(lede(['snippet', file('snippet-bad.json', { type: 'article' })]).status, 1);
});

test('--help for the command and each subcommand; wrong usage exits 2', () => {
  for (const command of ['validate', 'render', 'snippet']) {
    const help = lede([command, '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, new RegExp(`^Usage: lede ${command} `));
    assert.match(help.stdout, /Exit status: 0 /);
  }
  assert.match(lede(['--help']).stdout, /lede validate[\s\S]*lede render[\s\S]*lede snippet/);
  assert.equal(lede(['--help']).status, 0);
  assert.deepEqual(lede(['publish']), { status: 2, stdout: '', stderr: 'lede: unknown command "publish"\nRun `lede --help` for usage.\n' });
  assert.equal(lede(['render', '--colour', 'x.json']).status, 2);
  assert.match(lede(['render', '--colour', 'x.json']).stderr, /^lede: Unknown option '--colour'\nRun `lede render --help` for usage\.\n$/);
  assert.equal(lede(['validate']).status, 2);
  const misspelt = lede(['render', '--attr', 'heading_level=1', data('quote-putin.ru.json')]);
  assert.equal(misspelt.status, 2);
  assert.match(misspelt.stderr, /^lede: --attr heading_level=1: expected NAME=VALUE/);
  const unknown = lede(['render', '--attr', 'colour=red', data('quote-putin.ru.json')]);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /^lede: --attr: unknown attribute "colour"; known: id, class, .*\btheme\b.*\bheading-level\b/);
  assert.equal(unknown.stdout, '');
  assert.equal(lede(['render', 'a.json', 'b.json']).status, 2);
  assert.equal(lede([]).status, 2);
});

test("render: an article's src blocks are read from their files and rendered too; --no-inline leaves them", () => {
  const story = data('dushanbe-meeting.ru.json');
  const inlined = lede(['render', story]);
  assert.equal(inlined.status, 0);
  assert.equal(inlined.stderr, '');
  const html = withoutMarkers(inlined.stdout);
  assert.doesNotMatch(html, /<lede-(quote|timeline)[^>]*\ssrc=/);
  for (const event of JSON.parse(readFileSync(data('timeline-russia-azerbaijan.ru.json'), 'utf8')).events) assert.ok(html.includes(event.title.replace(/"/g, '&quot;')), event.title);
  assert.match(withoutMarkers(lede(['render', '--no-inline', story]).stdout), /<lede-timeline[^>]*\ssrc="timeline-russia-azerbaijan\.ru\.json"/);

  const lost = file('lost-block.json', { type: 'article', headline: 'h', body: [{ type: 'paragraph', text: 'p' }, { type: 'quote', src: 'gone.json' }, { type: 'timeline', src: 'https://partner.example/t.json' }, { type: 'quote', src: '\u0000 javascript:alert(1)' }, { type: 'quote', src: 'a\u0000b.json' }] });
  const result = lede(['render', lost]);
  assert.equal(result.status, 0);
  assert.equal(
    result.stderr,
    `${lost}: body[3].src: warning: not an http(s) or relative URL; ignored\n` +
      `${lost}: body[3].text: warning: is required; left out\n` +
      `${lost}: body[3].speaker: warning: is required\n` +
      `${lost}: body[1].src: warning: "gone.json": cannot read: no such file; left for the browser to load\n` +
      `${lost}: body[2].src: warning: not a local file; left for the browser to load\n` +
      `${lost}: body[3].src: warning: not a local file; left for the browser to load\n` +
      `${lost}: body[4].src: warning: "a\u0000b.json": cannot read: no such file; left for the browser to load\n`,
  );
  assert.match(withoutMarkers(result.stdout), /<lede-quote[^>]*\ssrc="gone\.json"/);
});

test('validate: 100,000-deep input gives its own report, path-named, and the other files still theirs', () => {
  const ok = data('quote-putin.ru.json');
  const unterminated = file('deep-open.json', '['.repeat(100_000));
  const lists = file('deep-lists.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  const objects = file('deep-objects.json', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`);
  const bad = file('deep-bad.json', { type: 'quote' });
  const result = lede(['validate', '--json', ok, unterminated, lists, objects, bad]);
  assert.equal(result.status, 1);
  assert.equal(result.stderr, '');
  const reports = JSON.parse(result.stdout);
  assert.deepEqual(reports.map(({ file, ok }) => [file, ok]), [[ok, true], [unterminated, false], [lists, false], [objects, false], [bad, false]]);
  assert.match(reports[1].issues[0].message, /:1:100001: not valid JSON: the JSON ends too early$/);
  assert.deepEqual(reports[2].issues, [{ path: '[0]'.repeat(64), message: 'nested deeper than 64', severity: 'error' }]);
  assert.deepEqual(reports[3].issues, [{ path: Array(64).fill('a').join('.'), message: 'nested deeper than 64', severity: 'error' }]);
  assert.ok(reports[4].issues.some((issue) => issue.path === 'text'));
  assert.match(lede(['validate', file('deep-open-objects.json', '{"a":'.repeat(100_000))]).stdout, /:1:500001: not valid JSON: the JSON ends too early\n$/);
});

test('render and snippet: an unknown field nested 5,000 deep is an error naming its path, not a crash', () => {
  const deep = file('deep-field.json', `{"type":"quote","text":"t","speaker":{"name":"n"},"extra":${'['.repeat(5000)}${']'.repeat(5000)}}`);
  const expected = `${deep}: extra${'[0]'.repeat(63)}: nested deeper than 64\n`;
  assert.deepEqual(lede(['validate', deep]), { status: 1, stdout: expected, stderr: '' });
  for (const command of ['render', 'snippet']) assert.deepEqual(lede([command, deep]), { status: 1, stdout: '', stderr: expected }, command);
});

// Issue 17: `render` reads an article's src files only from inside a root, regular files of at most 1 MiB.
const site = join(scratch, 'site');
const outside = join(scratch, 'other-site');
mkdirSync(site);
mkdirSync(outside);
const SECRET = 'SHELL=/bin/secret-token-4711';
writeFileSync(join(outside, 'secret.txt'), `${SECRET}\n`);
const secretQuote = { type: 'quote', text: 'secret-quote-words-0815', speaker: { name: 'Secret Speaker' } };
writeFileSync(join(outside, 'secret-quote.json'), JSON.stringify(secretQuote));
writeFileSync(join(site, 'quote.json'), JSON.stringify({ type: 'quote', text: 'inside-words', speaker: { name: 'n' } }));
/** An article in site/ whose one block names `src`. */
const article = (name, src, type = 'quote') => file(join('site', name), { type: 'article', headline: 'h', body: [{ type: 'paragraph', text: 'p' }, { type, src }] });
/** Runs `lede ARGS…` with a bounded time, so a read that hangs fails the test instead of stalling it. */
function ledeBounded(args, options = {}) {
  const { status, stdout, stderr, error } = spawnSync(process.execPath, [join(root, 'bin/lede.mjs'), ...args], { encoding: 'utf8', cwd: scratch, timeout: 20_000, ...options });
  assert.equal(error, undefined, `lede ${args.join(' ')} did not end: ${error?.message}`);
  return { status, stdout, stderr };
}
const refused = (result, pattern) => {
  assert.equal(result.status, 1, result.stderr);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, pattern);
  for (const secret of [SECRET, 'secret-token', 'SHELL', secretQuote.text, secretQuote.speaker.name]) {
    assert.ok(!result.stdout.includes(secret) && !result.stderr.includes(secret), `"${secret}" shown`);
  }
};

test('render: an absolute src is refused, exit 1, and no message shows what the file holds', () => {
  for (const src of [join(outside, 'secret.txt'), join(outside, 'secret-quote.json'), '/proc/self/environ', '/dev/stdin', '/etc/hostname']) {
    const story = article('absolute.json', src);
    refused(ledeBounded(['render', story]), new RegExp(`^${story}: body\\[1\\]\\.src: "${src}": an absolute path; only files inside ${site} are read\\n$`));
  }
});

test('render: a ../ escape is refused unless --root takes in the folder it names', () => {
  const story = article('escape.json', '../other-site/secret-quote.json');
  refused(ledeBounded(['render', story]), /^\S+escape\.json: body\[1\]\.src: "\.\.\/other-site\/secret-quote\.json": outside the root folder; only files inside \S+\/site are read\n$/);
  refused(ledeBounded(['render', article('deep-escape.json', '../../../../../../../../etc/hostname')]), /body\[1\]\.src: "[./]+etc\/hostname": outside the root folder/);
  refused(ledeBounded(['render', '--root', join(site, '..', 'site'), story]), /outside the root folder/);
  const widened = ledeBounded(['render', '--root', scratch, story]);
  assert.equal(widened.status, 0, widened.stderr);
  assert.equal(widened.stderr, '');
  assert.ok(widened.stdout.includes(secretQuote.text), 'with --root the block is rendered on the server');
});

test('render: a symbolic link out of the root is refused; one inside it is followed', () => {
  symlinkSync(join(outside, 'secret-quote.json'), join(site, 'link-out.json'));
  symlinkSync('/etc', join(site, 'etc'));
  refused(ledeBounded(['render', article('link-out.json.story', 'link-out.json')]), /body\[1\]\.src: "link-out\.json": a symbolic link to a file outside the root folder/);
  refused(ledeBounded(['render', article('link-folder.json', 'etc/hostname')]), /body\[1\]\.src: "etc\/hostname": a symbolic link to a file outside the root folder/);
  symlinkSync('quote.json', join(site, 'link-in.json'));
  const inside = ledeBounded(['render', article('link-in.story.json', 'link-in.json')]);
  assert.equal(inside.status, 0, inside.stderr);
  assert.ok(inside.stdout.includes('inside-words'));
});

test('render and validate: only regular files are read (/dev/zero, a FIFO, /proc/self/environ), without hanging', () => {
  const fifo = join(site, 'fifo.json');
  execFileSync('mkfifo', [fifo]);
  symlinkSync('/dev/zero', join(site, 'zero.json'));
  refused(ledeBounded(['render', article('fifo-block.json', 'fifo.json')]), /body\[1\]\.src: "fifo\.json": not a regular file\n$/);
  refused(ledeBounded(['render', article('zero-block.json', 'zero.json')]), /body\[1\]\.src: "zero\.json": a symbolic link to a file outside the root folder/);
  const env = { ...process.env, LEDE_TEST_SECRET: SECRET };
  for (const [path, reason] of [[fifo, 'not a regular file'], ['/dev/zero', 'not a regular file'], ['/proc/self/environ', 'not a regular file \\(its size changes as it is read\\)']]) {
    refused(ledeBounded(['render', path], { env }), new RegExp(`^${path}: ${reason}\\n$`));
    const checked = ledeBounded(['validate', path], { env });
    assert.deepEqual([checked.status, checked.stderr], [1, ''], path);
    assert.match(checked.stdout, new RegExp(`^${path}: ${reason}\\n$`));
  }
});

test('validate, render and blocks: at most 1 MiB is read (1,048,576 bytes pass, one more is refused)', () => {
  const CAP = 1024 * 1024;
  const padded = (bytes) => {
    const head = '{"type":"quote","text":"t","speaker":{"name":"n"},"$pad":"';
    return `${head}${'x'.repeat(bytes - head.length - 2)}"}`;
  };
  const fits = file(join('site', 'fits.json'), padded(CAP));
  const over = file(join('site', 'over.json'), padded(CAP + 1));
  assert.deepEqual(lede(['validate', fits]), { status: 0, stdout: '', stderr: '' });
  assert.deepEqual(lede(['validate', over]), { status: 1, stdout: `${over}: larger than 1 MiB\n`, stderr: '' });
  assert.deepEqual(lede(['validate', '-'], padded(CAP + 1)), { status: 1, stdout: '-: larger than 1 MiB\n', stderr: '' });
  refused(lede(['render', over]), /larger than 1 MiB\n$/);
  refused(lede(['render', article('over-block.json', 'over.json')]), /body\[1\]\.src: "over\.json": larger than 1 MiB\n$/);
  assert.equal(ledeBounded(['render', article('fits-block.json', 'fits.json')], { maxBuffer: 8 * CAP }).status, 0);
});

test('validate and render: input that is not UTF-8 is refused with the byte offset of the first bad sequence; a BOM is fine', () => {
  const bytes = (name, ...parts) => {
    const path = join(scratch, name);
    writeFileSync(path, Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part)))));
    return path;
  };
  const head = '{"type":"quote","speaker":{"name":"n"},"text":"';
  const cases = [
    ['latin1.json', [0xe9]], // é in Latin-1: a lead byte with no continuation
    ['cut.json', 'к', [0xd0], 'т'], // a two-byte letter cut in the middle
    ['continuation.json', [0x80]],
    ['overlong.json', [0xc0, 0xaf]], // "/" in two bytes
    ['surrogate.json', [0xed, 0xa0, 0x80]], // U+D800 encoded
    ['too-high.json', [0xf4, 0x90, 0x80, 0x80]], // past U+10FFFF
  ];
  for (const [name, ...middle] of cases) {
    const path = bytes(name, head, ...middle, '"}');
    const offset = Buffer.byteLength(head) + (typeof middle[0] === 'string' ? Buffer.byteLength(middle[0]) : 0);
    assert.deepEqual(lede(['validate', path]), { status: 1, stdout: `${path}: not UTF-8 at byte ${offset}\n`, stderr: '' }, name);
    assert.deepEqual(lede(['render', path]), { status: 1, stdout: '', stderr: `${path}: not UTF-8 at byte ${offset}\n` }, name);
  }
  assert.deepEqual(lede(['validate', '-'], Buffer.concat([Buffer.from(head), Buffer.from([0xe9]), Buffer.from('"}')])), { status: 1, stdout: `-: not UTF-8 at byte ${head.length}\n`, stderr: '' });
  const latin1Block = bytes(join('site', 'latin1-block.json'), head, [0xe9], '"}');
  refused(lede(['render', article('latin1-story.json', 'latin1-block.json')]), new RegExp(`body\\[1\\]\\.src: "latin1-block\\.json": not UTF-8 at byte ${head.length}\\n$`));
  assert.ok(latin1Block);
  const bom = bytes('bom.json', [0xef, 0xbb, 0xbf], `${head}café"}`);
  assert.deepEqual(lede(['validate', bom]), { status: 0, stdout: '', stderr: '' });
  assert.match(lede(['render', bom]).stdout, /café/);
});
