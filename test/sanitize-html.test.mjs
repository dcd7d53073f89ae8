// The paragraph html sanitiser as `lede validate`/`lede render` and lede/ssr run it, from the built
// dist/: time linear in the input for every hostile shape (issue 17), and a tree shallow enough to
// render and serialise whatever the nesting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { articleWithHtml, HOSTILE_HTML } from '../bench/hostile-html.js';
import { sanitizeHtml, validateDocument } from '../dist/schema.mjs';
import { renderToString } from '../dist/ssr.mjs';

const SMALL = 100 * 1024;
const LARGE = 1024 * 1024;

/** Milliseconds of CPU this process spent in `run`: unlike the clock, other work on the machine does not count. */
function cpuTime(run) {
  const before = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

for (const [shape, make] of Object.entries(HOSTILE_HTML)) {
  test(`${shape}: 1 MiB is sanitised in at most about 12x the time of 100 KB`, () => {
    const small = make(SMALL);
    const large = make(LARGE);
    // Ten 100 KB paragraphs, their trees kept, against one of 1 MiB: both runs then allocate and
    // collect alike, so the collector's pauses do not pass for a rescan.
    const tenSmall = () => cpuTime(() => Array.from({ length: 10 }, () => sanitizeHtml(small)));
    tenSmall(); // compiled before it is timed
    let smallTime = Infinity;
    let largeTime = Infinity;
    for (let run = 0; run < 3; run++) {
      smallTime = Math.min(smallTime, tenSmall());
      largeTime = Math.min(largeTime, cpuTime(() => sanitizeHtml(large)));
    }
    // 20 ms for the timer's grain on runs of a few milliseconds.
    assert.ok(largeTime <= 1.2 * smallTime + 20, `1 MiB took ${largeTime.toFixed(1)} ms, 10 x 100 KB ${smallTime.toFixed(1)} ms`);
  });
}

test('a paragraph nested 10,000 deep validates, renders on the server and serialises, with its text', () => {
  const document = articleWithHtml(`${'<b>'.repeat(10_000)}глубоко${'</b>'.repeat(10_000)}`);
  const result = validateDocument(document);
  assert.equal(result.ok, true);
  const depth = (nodes) => Math.max(0, ...nodes.map((node) => (typeof node === 'string' ? 0 : 1 + depth(node.children))));
  assert.equal(depth(result.model.body[0].html), 32);
  assert.match(JSON.stringify(result.model), /глубоко/);
  const html = renderToString(document).replace(/<!--\/?lit-[^>]*-->/g, ''); // without lit-ssr's hydration markers
  assert.match(html, /<b>глубоко<\/b>/);
  assert.equal(html.match(/<b>/g)?.length, 32);
});
