import { expect } from '@open-wc/testing';
import { timelineSchema, type TimelineModel } from './timeline-schema.js';
import { validateAgainst, validateInSlices, type ValidationResult } from './validate.js';

/** A long timeline with bad events spread over several slices, and a duplicate id across them. */
function longTimeline(count: number) {
  const events: Record<string, unknown>[] = Array.from({ length: count }, (_, index) => ({
    id: `e${index}`,
    // Backwards in the file, so sorting has work to do; every 7th has a month-only date.
    date: index % 7 ? `${2000 + Math.floor((count - index) / 365)}-0${1 + (index % 9)}-1${index % 10}` : `${2000 + Math.floor((count - index) / 365)}-05`,
    title: `Event ${index}`,
    sources: [{ name: 'Source', url: index === 1800 ? 'javascript:alert(1)' : 'https://example.com/' }],
  }));
  if (count > 2400) {
    events[5].date = '2025-13-45';
    delete events[1500].title;
    events[2400].id = 'e3';
  }
  return { type: 'timeline', id: 'long', events };
}

describe('validateInSlices', () => {
  it('gives the same model and issues as validating in one go', async () => {
    const input = longTimeline(2500);
    const whole = validateAgainst<TimelineModel>(timelineSchema, 'timeline', input, 'https://partner.example/t.json');
    const checking = validateInSlices<TimelineModel>(timelineSchema, 'timeline', input, 'https://partner.example/t.json');
    expect(checking).to.be.instanceOf(Promise);
    const sliced = (await checking) as ValidationResult<TimelineModel>;
    expect(sliced.ok).to.equal(true);
    expect(sliced.issues).to.deep.equal(whole.issues);
    expect(sliced.issues.map((issue) => issue.path)).to.include.members(['events[5].date', 'events[1500].title', 'events[1800].sources[0].url', 'events[2400].id']);
    if (!sliced.ok || !whole.ok) return;
    expect(sliced.model.events.map((event) => event.id)).to.deep.equal(whole.model.events.map((event) => event.id));
    expect(sliced.model.events.length).to.equal(2497);
  });

  it('lets the page run between slices: a timer set before it fires before it ends', async () => {
    let timerRan = false;
    setTimeout(() => (timerRan = true));
    const result = await validateInSlices(timelineSchema, 'timeline', longTimeline(20_000));
    expect(timerRan).to.equal(true);
    expect(result?.ok).to.equal(true);
  });

  it('answers at once for short lists and for documents of another type', () => {
    expect(validateInSlices(timelineSchema, 'timeline', longTimeline(1000))).to.not.be.instanceOf(Promise);
    expect(validateInSlices(timelineSchema, 'timeline', { ...longTimeline(3000), type: 'quote' })).to.not.be.instanceOf(Promise);
  });

  it('stops when aborted between slices', async () => {
    const abort = new AbortController();
    const checking = validateInSlices(timelineSchema, 'timeline', longTimeline(20_000), undefined, abort.signal);
    abort.abort();
    expect(await checking).to.equal(null);
  });

  it('fails the document when no event is valid, as in one go', async () => {
    const input = { type: 'timeline', events: Array.from({ length: 1500 }, () => ({ date: 'never', title: 'x' })) };
    const result = await validateInSlices(timelineSchema, 'timeline', input);
    expect(result?.ok).to.equal(false);
    expect(result?.issues.at(-1)?.path).to.equal('events');
    expect(result?.issues).to.deep.equal(validateAgainst(timelineSchema, 'timeline', input).issues);
    expect(result?.issues.at(-1)?.message).to.contain('(events[0].date: not an ISO 8601 date;');
  });
});
