// `lede import`: TimelineJS's own example files and hostile input, converted and then
// checked by `lede validate`, as a partner moving a timeline over would run them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const root = new URL('..', import.meta.url).pathname;
// TimelineJS's examples, read from its pinned npm package (MPL-2.0), not copied here.
const timelinejs = (path) => join(root, 'node_modules/@knight-lab/timelinejs/src', path);
const scratch = mkdtempSync(join(tmpdir(), 'lede-import-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function lede(args, input) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [join(root, 'bin/lede.mjs'), ...args], { encoding: 'utf8', input, cwd: scratch, maxBuffer: 64 * 1024 * 1024 });
  return { status, stdout, stderr };
}

function file(name, content) {
  const path = join(scratch, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

/** Imports FILE, checks the output passes `lede validate` with no issue, returns the document and the warning lines. */
function importValid(format, path, ...options) {
  const result = lede(['import', format, ...options, path]);
  assert.equal(result.status, 0, result.stderr);
  const warnings = result.stderr.split('\n').filter(Boolean);
  for (const line of warnings) assert.ok(line.startsWith(`${path}: `) && line.includes(': warning: '), line);
  const output = file(`imported-${Math.random().toString(36).slice(2)}.json`, result.stdout);
  assert.deepEqual(lede(['validate', output]), { status: 0, stdout: '', stderr: '' }, 'the import passes lede validate without a warning');
  return { document: JSON.parse(result.stdout), warnings };
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const warned = (warnings, path, pattern) => warnings.some((line) => line.includes(`: ${path}: warning: `) && pattern.test(line));

test('timelinejs: TimelineJS\'s media example converts; every background, non-image media and link is a warning', () => {
  const path = timelinejs('template/all-media-types.json');
  const source = readJson(path);
  const { document, warnings } = importValid('timelinejs', path);
  assert.equal(document.events.length, source.events.length, 'all events carried over');
  assert.equal(document.title, 'TimelineJS Media Types');
  assert.ok(warned(warnings, 'title.background', /no slide backgrounds/));
  source.events.forEach((event, index) => {
    if (event.background) assert.ok(warned(warnings, `events[${index}].background`, /no slide backgrounds/), `events[${index}].background`);
  });
  // Groups become categories, each event in its group's.
  const groups = [...new Set(source.events.map((event) => event.group).filter(Boolean))];
  assert.deepEqual(Object.values(document.categories).map((category) => category.label).sort(), groups.sort());
  source.events.forEach((event, index) => {
    const category = document.events.find((lede) => lede.title === event.text.headline.replace(/<[^>]*>/g, '') && lede.date.startsWith(event.start_date.year))?.category;
    if (event.group) assert.equal(document.categories[category]?.label, event.group, `events[${index}].group`);
  });
  const youtube = document.events.find((event) => event.title === 'YouTube Videos');
  assert.equal(youtube.url, 'https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s', 'a video is kept as the event\'s link');
  assert.ok(warned(warnings, 'events[0].media.url', /not an image/));
  // Each media is an image on its event, or a warning on its path: none vanishes.
  const images = new Set(document.events.filter((event) => event.image).map((event) => event.title));
  source.events.forEach((event, index) => {
    if (!event.media?.url || images.has(event.text.headline)) return;
    assert.ok(warned(warnings, `events[${index}].media.url`, /./), `events[${index}].media.url (${event.media.url})`);
  });
  const withImage = document.events.filter((event) => event.image);
  assert.ok(withImage.length >= 3, 'images carried over');
  for (const { image } of withImage) assert.ok(image.alt && /^https:/.test(image.src), JSON.stringify(image));
  const ids = source.events.map((event) => event.unique_id).filter(Boolean);
  for (const id of ids) assert.ok(document.events.some((event) => event.id === id), `unique_id ${id} → id`);
});

test('timelinejs: eras are warnings by name, old years are padded, day dates and end dates carried over', () => {
  const path = timelinejs('template/eras.json');
  const source = readJson(path);
  const { document, warnings } = importValid('timelinejs', path);
  assert.equal(document.title, 'Eras Test');
  assert.equal(document.events.length, source.events.length);
  source.eras.forEach((era, index) => assert.ok(warned(warnings, `eras[${index}]`, new RegExp(`"${era.text.headline}" not carried over`)), `eras[${index}]`));
  const hijra = document.events.find((event) => event.title === 'Muhammad Migrates from Mecca to Medina');
  assert.deepEqual([hijra.date, hijra.end, hijra.url], ['0622-08-09', '0622-08-23', 'https://en.wikipedia.org/wiki/Hijra_(Islam)']);
  assert.ok(document.events.some((event) => event.date === '0602' && event.end === '0629'));
});

test('timelinejs: years Lede cannot show leave their events out with a warning each; none left is exit 1', () => {
  const mixed = timelinejs('template/cosmo-mixed.json');
  const source = readJson(mixed);
  const { document, warnings } = importValid('timelinejs', mixed);
  const outOfRange = source.events.filter((event) => Number(event.start_date.year) < 0);
  assert.equal(document.events.length, source.events.length - outOfRange.length);
  source.events.forEach((event, index) => {
    if (Number(event.start_date.year) < 0) assert.ok(warned(warnings, `events[${index}].start_date.year`, /outside the years Lede can show/));
  });
  assert.ok(document.events.some((event) => event.date === '1969-07-20'));

  const cosmo = timelinejs('template/cosmo.json');
  const result = lede(['import', 'timelinejs', cosmo]);
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /no event could be carried over/);
  readJson(cosmo).events.forEach((_, index) => assert.match(result.stderr, new RegExp(`events\\[${index}\\]\\.start_date: warning: `)));
});

for (const example of ['template/my-own-timeline.csv', 'js/core/__tests__/women_in_computing.csv']) {
  test(`csv: TimelineJS's spreadsheet ${example.split('/').pop()} converts: title row, dates, media, warnings by row and column`, () => {
    const path = timelinejs(example);
    const { document, warnings } = importValid('csv', path);
    assert.ok(document.title, 'the title row is the title');
    assert.ok(document.description && !/[<>]/.test(document.description), 'its HTML is text');
    const ada = document.events.find((event) => event.title === 'Ada Lovelace');
    assert.deepEqual([ada.date, ada.end], ['1815-12-10', '1852-11-27']);
    assert.match(ada.text, /^Women have been programming since before it was a thing\. Take Ada Lovelace: /);
    assert.equal(ada.image.credit, 'Wikimedia Commons');
    assert.match(ada.image.src, /^https:\/\/upload\.wikimedia\.org\/.*Ada_Lovelace_portrait\.jpg$/);
    assert.ok(warned(warnings, 'row 2, Background', /no slide backgrounds/));
    assert.ok(warned(warnings, 'row 3, Text', /link to https:\/\/en\.wikipedia\.org\/wiki\/Ada_Lovelace not carried over/));
    assert.ok(warned(warnings, 'row 4, Media', /embed code, not a URL/));
    assert.ok(document.events.some((event) => event.date === '1943-07' && event.end === '1946'));
  });
}

test('csv: a plain date,title,description CSV with quoted commas, quotes, line breaks, CRLF and a BOM', () => {
  const path = file('plain.csv', '\uFEFFdate,title,description,category,extra\r\n2024-12,"Crash, in Kazakhstan","He said ""no"".\r\nSecond line",Incident,x\r\n2025,Talks,,Diplomacy,\r\n\r\nnot a date,Left out,,,\r\n');
  const { document, warnings } = importValid('csv', path, '--lang', 'en');
  assert.equal(document.lang, 'en');
  assert.deepEqual(document.events, [
    { date: '2024-12', title: 'Crash, in Kazakhstan', text: 'He said "no".\r\nSecond line', category: 'incident' },
    { date: '2025', title: 'Talks', category: 'diplomacy' },
  ]);
  assert.deepEqual(document.categories, { incident: { label: 'Incident' }, diplomacy: { label: 'Diplomacy' } });
  assert.ok(warned(warnings, 'row 1, extra', /column not carried over/));
  assert.ok(warned(warnings, 'row 5, date', /"not a date": not a date like 2024/), warnings.join('\n'));
});

test('hostile input: script and embeds leave the text, javascript: URLs are dropped with a warning, __proto__ pollutes nothing', () => {
  const path = file('hostile.json', `{"__proto__": {"polluted": true}, "title": {"text": {"headline": "<script>alert(1)</script>Safe <b onclick=alert(1)>title</b>"}},
    "events": [{"start_date": {"year": "2024"}, "unique_id": "__proto__", "group": "__proto__",
      "text": {"headline": "<img src=x onerror=alert(1)>Headline", "text": "<p>one</p><iframe src=javascript:alert(1)>frame</iframe><p>two</p>"},
      "media": {"url": "javascript:alert(1)//.jpg", "link": "javascript:alert(2)"}}]}`);
  const { document, warnings } = importValid('timelinejs', path);
  assert.equal(document.title, 'Safe title');
  assert.deepEqual(document.events, [{ id: '__proto__', date: '2024', title: 'Headline', text: 'one\n\ntwo', category: 'proto' }]);
  assert.deepEqual(Object.keys(document.categories), ['proto']);
  assert.ok(!('polluted' in document) && Object.getPrototypeOf(document.categories) === Object.prototype);
  assert.ok(warned(warnings, '__proto__', /not carried over/));
  assert.ok(warned(warnings, 'title.text.headline', /<script> left out/));
  assert.ok(warned(warnings, 'events[0].text.text', /<iframe> left out/));
  assert.ok(warned(warnings, 'events[0].media.url', /not an http\(s\) URL; left out/));
  assert.ok(warned(warnings, 'events[0].media.link', /not an http\(s\) URL; left out/));

  const csv = file('hostile.csv', '__proto__,date,title,constructor\n{"polluted":1},2024,A,x\n');
  const imported = importValid('csv', csv);
  assert.deepEqual(imported.document.events, [{ date: '2024', title: 'A' }]);
  assert.ok(warned(imported.warnings, 'row 1, __proto__', /column not carried over/));
});

test('untrusted size: more than 1 MiB is refused; an unclosed quote at 1 MiB is exit 1 naming its line', () => {
  const big = file('big.csv', `date,title\n2024,"${'x'.repeat(1024 * 1024)}"\n`);
  assert.deepEqual(lede(['import', 'csv', big]), { status: 1, stdout: '', stderr: `${big}: larger than 1 MiB\n` });
  const unclosed = file('unclosed.csv', `date,title\n2024,ok\n2025,"${'x,\n'.repeat(349_000)}`);
  assert.deepEqual(lede(['import', 'csv', unclosed]), { status: 1, stdout: '', stderr: `${unclosed}: line 3: a quoted field is never closed\n` });
});

test('100,000 rows convert, and parsing time grows in proportion to the input (ratio, medians of 3)', async () => {
  const { importCsv, parseCsvRows } = await import(join(root, 'dist/import.mjs'));
  const rows = `date,title\n${Array.from({ length: 100_000 }, (_, index) => `${1900 + (index % 100)},"${index % 10}"`).join('\n')}\n`;
  const result = importCsv(rows);
  assert.equal(result.ok, true);
  assert.equal(result.document.events.length, 100_000);
  const median = (run) => {
    const times = [1, 2, 3].map(() => {
      const start = performance.now();
      run();
      return performance.now() - start;
    });
    return times.sort((a, b) => a - b)[1];
  };
  const unclosed = (length) => `a,b\n1,"${'x,"",\n'.repeat(length / 8)}`;
  const small = median(() => parseCsvRows(unclosed(256 * 1024)));
  const large = median(() => parseCsvRows(unclosed(1024 * 1024)));
  assert.ok(large / small < 10, `4× the input took ${(large / small).toFixed(1)}× the time (linear: ~4, quadratic: ~16)`);
});

test('hostile HTML past 16,384 characters in one field is left out with a warning, not fed to the sanitiser', () => {
  const path = file('long.json', { events: [{ start_date: { year: '2024' }, text: { headline: 'A', text: '<a title="'.repeat(50_000) } }] });
  const { document, warnings } = importValid('timelinejs', path);
  assert.deepEqual(document.events, [{ date: '2024', title: 'A' }]);
  assert.ok(warned(warnings, 'events[0].text.text', /longer than 16384 characters; left out/));
});

test('times: written with Z and one warning, or with --utc-offset; spreadsheet times with AM/PM', () => {
  const json = file('times.json', { events: [{ start_date: { year: '2024', month: '12', day: '25', hour: '9', minute: '30' }, text: { headline: 'A' } }] });
  const utc = importValid('timelinejs', json);
  assert.equal(utc.document.events[0].date, '2024-12-25T09:30Z');
  assert.equal(utc.warnings.filter((line) => /no time zone/.test(line)).length, 1);
  const moscow = importValid('timelinejs', json, '--utc-offset', '+03:00');
  assert.equal(moscow.document.events[0].date, '2024-12-25T09:30+03:00');
  assert.deepEqual(moscow.warnings, []);
  const sheet = file('times.csv', 'Year,Month,Day,Time,Headline\n2024,12,25,1:45 PM,A\n2024,12,26,25:00,B\n');
  const { document, warnings } = importValid('csv', sheet, '--utc-offset', 'Z');
  assert.deepEqual(document.events.map((event) => event.date), ['2024-12-25T13:45Z', '2024-12-26']);
  assert.ok(warned(warnings, 'row 3, Time', /"25" is out of range for hour/));
});

test('usage: wrong format, no FILE, a bad --lang are exit 2; unreadable and unusable files exit 1', () => {
  assert.equal(lede(['import']).status, 2);
  assert.equal(lede(['import', 'xml', 'a.xml']).status, 2);
  assert.equal(lede(['import', 'csv']).status, 2);
  assert.equal(lede(['import', 'csv', '--lang', 'not a tag!', 'a.csv']).status, 2);
  assert.match(lede(['import', '--help']).stdout, /lede import timelinejs\|csv/);
  assert.deepEqual(lede(['import', 'csv', 'missing.csv']), { status: 1, stdout: '', stderr: 'missing.csv: cannot read: no such file\n' });
  const notJson = file('not.json', '{"events": [');
  assert.equal(lede(['import', 'timelinejs', notJson]).status, 1);
  const other = file('other.csv', 'name,count\na,1\n');
  assert.match(lede(['import', 'csv', other]).stderr, /expected the columns of the TimelineJS spreadsheet/);
  // Standard input, as with the other commands.
  const piped = lede(['import', 'csv', '-'], 'date,title\n2024,A\n');
  assert.equal(piped.status, 0);
  assert.deepEqual(JSON.parse(piped.stdout).events, [{ date: '2024', title: 'A' }]);
});
