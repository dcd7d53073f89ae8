// The benchmark gives TimelineJS3 the same events as Lede: this checks the
// conversion (bench/timelinejs-data.js) keeps every event, its partial date and its text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toTimelineJS } from '../bench/timelinejs-data.js';
import { generateTimeline } from '../demo/generate-timeline.js';

test('toTimelineJS keeps every generated event with its partial date, text and category', () => {
  const lede = generateTimeline(1_000);
  const converted = toTimelineJS(lede);
  assert.equal(converted.events.length, 1_000);
  assert.equal(converted.title.text.headline, lede.title);
  lede.events.forEach((event, index) => {
    const { unique_id, start_date, text, group } = converted.events[index];
    assert.equal(unique_id, event.id);
    const parts = event.date.replace('~', '').split('-');
    assert.deepEqual(Object.values(start_date), parts, `${event.date}`);
    assert.equal(text.headline, event.title);
    assert.equal(text.text, event.text);
    assert.equal(group, lede.categories[event.category].label);
  });
  const precisions = new Set(converted.events.map((event) => Object.keys(event.start_date).join()));
  assert.deepEqual([...precisions].sort(), ['year', 'year,month', 'year,month,day']);
});

test('toTimelineJS escapes markup, since TimelineJS3 reads headline and text as HTML', () => {
  const converted = toTimelineJS({
    title: 'A & B',
    events: [{ id: 'x', date: '2025-10~', title: '<img src=x onerror=alert(1)>', text: 'a < b' }],
  });
  assert.equal(converted.title.text.headline, 'A &amp; B');
  assert.deepEqual(converted.events[0].start_date, { year: '2025', month: '10' });
  assert.equal(converted.events[0].text.headline, '&lt;img src=x onerror=alert(1)&gt;');
  assert.equal(converted.events[0].text.text, 'a &lt; b');
  assert.equal(converted.events[0].group, undefined);
});
