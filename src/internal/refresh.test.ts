import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../lede.js';
import type { LedeElement } from './lede-element.js';
import type { DocumentType } from '../data/schema.js';
import { mount, part, parts, readFixture, settled, unmountAll, visibleText } from '../test/test-fixtures.js';

type Widget = LedeElement<DocumentType>;
type Json = Record<string, any>;

let keys = 0;
const liveKey = () => `k${Date.now()}-${keys++}`;
const post = (key: string, doc: unknown) => fetch(`/live/${key}`, { method: 'POST', body: JSON.stringify(doc) });
const stats = async (key: string) => (await fetch(`/live/${key}?stats`)).json();
const setFailure = (key: string, status: number) => fetch(`/live/${key}?fail=${status}`);
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits (in animation frames: timers are faked) until `check` holds. */
async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let tries = 0; tries < 300; tries++) {
    if (await check()) return;
    await frame();
  }
  throw new Error(`timed out waiting for ${what}`);
}


/**
 * Whether this browser revalidates its cached copy when asked to (fetch `cache: 'no-cache'`).
 * WebKit's automation browser keeps no HTTP cache at all (an ephemeral session), so it asks
 * again without If-None-Match, as a reader's browser would after clearing its cache.
 */
async function browserRevalidates(): Promise<boolean> {
  const key = liveKey();
  await post(key, { probe: true });
  await (await fetch(`/live/${key}`)).text();
  await (await fetch(`/live/${key}`, { cache: 'no-cache' })).text();
  return (await stats(key)).conditional === 1;
}

async function mountLive(key: string, tag: string, attributes = 'refresh="15"'): Promise<Widget> {
  const widget = mount<Widget>(`<${tag} src="/live/${key}" ${attributes}></${tag}>`);
  await settled(widget);
  return widget;
}

/** A day `index` days after 1 January 2000, as an ISO date. */
const day = (index: number) => new Date(Date.UTC(2000, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
/** 600 events a day apart: past 300, a timeline renders each part as it nears the screen. */
const longTimeline = () => ({ type: 'timeline', id: 'long', lang: 'ru', events: Array.from({ length: 600 }, (_, index) => ({ id: `e${index}`, date: day(index), title: `Событие ${index}` })) });

describe('refresh', () => {
  let clock: sinon.SinonFakeTimers;
  let timeline: Json;

  /** Serves `next` under `key` and lets the widget's 15 s check find it: resolves with its `lede-update`. */
  async function refreshTo(widget: Widget, key: string, next: unknown): Promise<CustomEvent> {
    await post(key, next);
    const update = oneEvent(widget, 'lede-update');
    await clock.tickAsync(15_000);
    return update;
  }

  /**
   * Waits until the widget's check is over and the next one is set `seconds` ahead: the request
   * reaching the server is not enough, as the body may still be read when the test ticks again.
   */
  const nextCheckSet = (seconds = 15) =>
    until(() => [...((clock as unknown as { timers?: Map<number, { callAt: number }> }).timers?.values() ?? [])].some((timer) => timer.callAt - clock.now === seconds * 1000), `the next check in ${seconds} s`);

  beforeEach(async () => {
    timeline = await readFixture('timeline-russia-azerbaijan.ru.json');
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  });

  afterEach(() => {
    clock.restore();
    unmountAll();
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
    scrollTo(0, 0);
  });

  it('revalidates with the ETag, and a 304 changes nothing on the page', async () => {
    const revalidates = await browserRevalidates();
    const key = liveKey();
    await post(key, timeline);
    const widget = await mountLive(key, 'lede-timeline');
    const mutations: MutationRecord[] = [];
    new MutationObserver((records) => mutations.push(...records)).observe(widget.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    let updates = 0;
    widget.addEventListener('lede-update', () => updates++);

    await clock.tickAsync(15_000);
    await until(async () => (await stats(key)).requests === 2, 'the second request');
    for (let i = 0; i < 5; i++) await frame();
    const { notModified, conditional } = await stats(key);
    // Without a cached copy the answer is the same version in full: its ETag alone must keep it unread.
    expect(conditional).to.equal(revalidates ? 1 : 0);
    expect(notModified).to.equal(revalidates ? 1 : 0);
    expect(updates).to.equal(0);
    expect(mutations).to.have.length(0);
  });

  it('never polls without refresh', async () => {
    const key = liveKey();
    await post(key, timeline);
    await mountLive(key, 'lede-timeline', '');
    await clock.tickAsync(120_000);
    for (let i = 0; i < 5; i++) await frame();
    expect((await stats(key)).requests).to.equal(1);
    expect(clock.countTimers()).to.equal(0);
  });

  it('merges a timeline by id: new events marked and announced, changed ones updated, removed ones gone', async () => {
    const key = liveKey();
    await post(key, timeline);
    const widget = await mountLive(key, 'lede-timeline');
    const events: Json[] = timeline.events;
    const next = structuredClone(timeline);
    next.events = next.events.filter((event: Json) => event.id !== events[1].id);
    next.events.find((event: Json) => event.id === events[3].id).title = 'Заголовок изменён';
    next.events.push({ id: 'new-1', date: '2025-10-20', title: 'Новое событие один' }, { id: 'new-2', date: '2025-10-21', title: 'Новое событие два' });
    const { detail } = await refreshTo(widget, key, next);
    expect(detail.added).to.deep.equal(['new-1', 'new-2']);
    expect(detail.changed).to.deep.equal([events[3].id]);
    expect(detail.removed).to.deep.equal([events[1].id]);
    expect(detail.data.events).to.have.length(next.events.length);

    const text = visibleText(widget);
    expect(text).to.include('Заголовок изменён');
    expect(text).to.include('Новое событие два');
    expect(text).to.not.include(events[1].title);
    const marked = parts(widget, 'event-new').filter((mark) => !mark.hidden);
    expect(marked).to.have.length(2);
    expect(marked[0].textContent).to.equal('Новое');
    expect(part(widget, 'announcement')!.textContent).to.equal('2 новых события');
    expect(part(widget, 'announcement')!.getAttribute('role')).to.equal('status');
  });

  it('keeps the reader on the focused event when events arrive above it', async () => {
    const key = liveKey();
    await post(key, timeline);
    const widget = await mountLive(key, 'lede-timeline');
    const spacer = document.createElement('div');
    spacer.style.height = '3000px';
    document.body.append(spacer);
    const items = () => [...widget.shadowRoot!.querySelectorAll<HTMLElement>('li[data-index]')];
    const reader = items()[6];
    const title = reader.querySelector('[part~="event-title"]')!.textContent;
    reader.focus();
    reader.scrollIntoView({ block: 'center' });
    const top = reader.getBoundingClientRect().top;

    const next = structuredClone(timeline);
    next.events.unshift(
      { id: 'early-1', date: '2020-01-01', title: 'Раннее событие', text: 'Длинный текст, который занимает место. '.repeat(6) },
      { id: 'early-2', date: '2020-02-01', title: 'Ещё одно раннее событие' },
    );
    await refreshTo(widget, key, next);
    await frame();

    const focused = widget.shadowRoot!.activeElement as HTMLElement;
    expect(focused.querySelector('[part~="event-title"]')!.textContent).to.equal(title);
    expect(Math.abs(focused.getBoundingClientRect().top - top)).to.be.at.most(1);
    expect(items()[0].querySelector('[part~="event-title"]')!.textContent).to.equal('Раннее событие');
    spacer.remove();
  });

  it('keeps focus on its event in a long timeline when a refresh moves it into a part not rendered yet', async () => {
    const key = liveKey();
    const long = longTimeline();
    await post(key, long);
    const widget = await mountLive(key, 'lede-timeline');
    const reader = widget.shadowRoot!.querySelector<HTMLElement>('li[data-index="20"]')!;
    reader.focus();
    const next = structuredClone(long);
    next.events.unshift(...Array.from({ length: 150 }, (_, index) => ({ id: `early${index}`, date: day(index - 1000), title: `Раннее ${index}` })));
    await refreshTo(widget, key, next);
    await frame();
    const focused = widget.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused?.querySelector('[part~="event-title"]')?.textContent).to.equal('Событие 20');
  });

  it('holds new events behind a control in desc order', async () => {
    const key = liveKey();
    await post(key, timeline);
    const widget = await mountLive(key, 'lede-timeline', 'refresh="15" order="desc" locale="en"');
    const count = parts(widget, 'event').length;
    const next = structuredClone(timeline);
    next.events.push({ id: 'late-1', date: '2030-01-01', title: 'Late one' }, { id: 'late-2', date: '2030-01-02', title: 'Late two' });
    await refreshTo(widget, key, next);
    await widget.updateComplete;

    expect(parts(widget, 'event')).to.have.length(count);
    const control = part(widget, 'new-events')!;
    expect(control.textContent).to.equal('2 new events');
    expect(part(widget, 'announcement')!.textContent).to.equal('2 new events');
    control.click();
    await widget.updateComplete;
    expect(part(widget, 'new-events')).to.equal(null);
    expect(parts(widget, 'event')).to.have.length(count + 2);
    expect(parts(widget, 'event')[0].textContent).to.include('Late two');
  });

  it('reaches a deep-linked event far down a long desc timeline while new events are held back', async () => {
    const key = liveKey();
    const long = longTimeline();
    await post(key, long);
    const widget = await mountLive(key, 'lede-timeline', 'refresh="15" order="desc"');
    const next = structuredClone(long);
    next.events.push(...Array.from({ length: 150 }, (_, index) => ({ id: `late${index}`, date: day(1000 + index), title: `Позднее ${index}` })));
    await refreshTo(widget, key, next);
    await widget.updateComplete;
    expect(part(widget, 'new-events'), '150 new events held').not.to.equal(null);

    // e275 is the 325th event shown (desc): counted in the full list, held ones included, it would be the 475th.
    location.hash = 'long-e275';
    await until(() => !!widget.shadowRoot!.getElementById('long-e275'), 'the linked event to render');
    await frame();
    const linked = widget.shadowRoot!.getElementById('long-e275')!;
    const { top, bottom } = linked.getBoundingClientRect();
    expect(top >= 0 && bottom <= innerHeight, `in view (top ${top}, bottom ${bottom})`).to.equal(true);
    expect(linked.getAttribute('aria-current')).to.equal('true');
  });

  it('shows the held events when a deep link names one of them', async () => {
    const key = liveKey();
    await post(key, timeline);
    const widget = await mountLive(key, 'lede-timeline', 'refresh="15" order="desc" locale="en"');
    const next = structuredClone(timeline);
    next.id = 'held';
    next.events.push({ id: 'late-1', date: '2030-01-01', title: 'Late one' });
    await refreshTo(widget, key, next);
    await widget.updateComplete;
    expect(part(widget, 'new-events')).not.to.equal(null);

    location.hash = 'held-late-1';
    await until(() => !!widget.shadowRoot!.getElementById('held-late-1'), 'the held event to show');
    expect(part(widget, 'new-events')).to.equal(null);
  });

  it('pauses while the page is hidden and checks once when it is back', async () => {
    const key = liveKey();
    await post(key, timeline);
    await mountLive(key, 'lede-timeline');
    const visibility = sinon.stub(document, 'visibilityState').get(() => 'hidden');
    try {
      await clock.tickAsync(60_000);
      for (let i = 0; i < 5; i++) await frame();
      expect((await stats(key)).requests).to.equal(1);
    } finally {
      visibility.restore();
    }
    document.dispatchEvent(new Event('visibilitychange'));
    await until(async () => (await stats(key)).requests === 2, 'the check on return');
    for (let i = 0; i < 5; i++) await frame();
    expect((await stats(key)).requests).to.equal(2);
  });

  it('pauses while the element is off screen', async () => {
    const key = liveKey();
    await post(key, timeline);
    const widget = await mountLive(key, 'lede-timeline');
    widget.parentElement!.style.marginTop = `${innerHeight + 2000}px`;
    await frame();
    await frame();
    await clock.tickAsync(15_000);
    for (let i = 0; i < 5; i++) await frame();
    expect((await stats(key)).requests).to.equal(1);
    widget.scrollIntoView();
    await until(async () => (await stats(key)).requests === 2, 'the check once on screen');
  });

  it('backs off after failures, keeps the last good version and says so in debug', async () => {
    const key = liveKey();
    await post(key, timeline);
    const widget = await mountLive(key, 'lede-timeline', 'refresh="15" debug');
    await setFailure(key, 500);
    const requests = async () => (await stats(key)).requests;

    await clock.tickAsync(15_000);
    await until(async () => (await requests()) === 2, 'the first failing check');
    await until(() => visibleText(widget).includes('refresh failed'), 'the debug note');
    expect(widget.state).to.equal('ready');
    expect(visibleText(widget)).to.include(timeline.events[0].title);

    await clock.tickAsync(29_000);
    for (let i = 0; i < 5; i++) await frame();
    expect(await requests()).to.equal(2);
    await clock.tickAsync(1_000);
    await until(async () => (await requests()) === 3, 'the check after 30 s');

    await setFailure(key, 0);
    await clock.tickAsync(60_000);
    await until(async () => (await requests()) === 4, 'the check after 60 s');
    await until(() => !visibleText(widget).includes('refresh failed'), 'the note to go');
    await clock.tickAsync(15_000);
    await until(async () => (await requests()) === 5, 'the check back at 15 s');
  });

  it('stops when the element leaves the page, leaving no timer', async () => {
    const key = liveKey();
    await post(key, timeline);
    const widget = await mountLive(key, 'lede-timeline');
    expect(clock.countTimers()).to.equal(1);
    widget.remove();
    expect(clock.countTimers()).to.equal(0);
    await clock.tickAsync(60_000);
    for (let i = 0; i < 5; i++) await frame();
    expect((await stats(key)).requests).to.equal(1);
  });

  describe('from another origin that does not expose its ETag', () => {
    /** The live document under `key` as seen from the test page's other origin (localhost / 127.0.0.1). */
    const crossOrigin = (key: string) => {
      const url = new URL(`/live/${key}`, location.href);
      url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      return url.href;
    };

    it('fires nothing, renders nothing and parses nothing while the document is unchanged', async () => {
      const key = liveKey();
      await post(key, timeline);
      const widget = mount<Widget>(`<lede-timeline src="${crossOrigin(key)}" refresh="15"></lede-timeline>`);
      await settled(widget);
      const mutations: MutationRecord[] = [];
      new MutationObserver((records) => mutations.push(...records)).observe(widget.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
      let updates = 0;
      widget.addEventListener('lede-update', () => updates++);
      const parse = sinon.spy(JSON, 'parse');
      try {
        for (let poll = 2; poll <= 5; poll++) {
          await clock.tickAsync(15_000);
          await until(async () => (await stats(key)).requests === poll, `request ${poll}`);
          await nextCheckSet();
        }
        for (let i = 0; i < 5; i++) await frame();
        expect(parse.callCount).to.equal(0);
      } finally {
        parse.restore();
      }
      expect(updates).to.equal(0);
      expect(mutations).to.have.length(0);

      const next = structuredClone(timeline);
      next.events[0].title = 'Заголовок изменён';
      const { detail } = await refreshTo(widget, key, next);
      expect(detail.changed).to.deep.equal([timeline.events[0].id]);
      expect(visibleText(widget)).to.include('Заголовок изменён');
    });

    it('keeps the translation the reader chose on a quote through a real update', async () => {
      const key = liveKey();
      const quote: Json = await readFixture('quote-aliyev.ru.json');
      await post(key, quote);
      const widget = mount<Widget>(`<lede-quote lang="ru" src="${crossOrigin(key)}" refresh="15"></lede-quote>`);
      await settled(widget);
      part(widget, 'translation-toggle')!.click();
      await widget.updateComplete;
      expect(part(widget, 'text')!.getAttribute('lang')).to.equal('en');
      let updates = 0;
      widget.addEventListener('lede-update', () => updates++);
      await clock.tickAsync(15_000);
      await until(async () => (await stats(key)).requests === 2, 'the second request');
      await nextCheckSet();
      expect(updates).to.equal(0);

      await refreshTo(widget, key, { ...quote, context: 'Новый контекст', translation: { ...quote.translation, text: 'New words.' } });
      expect(updates).to.equal(1);
      expect(part(widget, 'text')!.getAttribute('lang')).to.equal('en');
      expect(part(widget, 'text')!.textContent).to.include('New words.');
      expect(part(widget, 'context')!.textContent).to.equal('Новый контекст');
    });
  });

  it('keeps "Show all" open through a real update', async () => {
    const key = liveKey();
    await post(key, timeline);
    const widget = await mountLive(key, 'lede-timeline', 'refresh="15" collapsed-after="3"');
    part(widget, 'show-all')!.click();
    await widget.updateComplete;
    const visible = () => parts(widget, 'event').filter((event) => event.checkVisibility()).length;
    const shown = visible();
    expect(shown).to.be.greaterThan(3);
    const next = structuredClone(timeline);
    next.events[0].title = 'Заголовок изменён';
    await refreshTo(widget, key, next);
    expect(part(widget, 'show-all')?.checkVisibility()).to.equal(false);
    expect(visible()).to.equal(shown);
  });

  it('re-renders a quote in place', async () => {
    const key = liveKey();
    const quote: Json = await readFixture('quote-aliyev.ru.json');
    quote.speaker = { ...quote.speaker, image: '/demo/img/aliyev.svg' };
    await post(key, quote);
    const widget = await mountLive(key, 'lede-quote');
    const { detail } = await refreshTo(widget, key, { ...quote, text: 'Новые слова.' });
    expect(detail.changed).to.deep.equal(['text']);
    expect(part(widget, 'text')!.textContent).to.include('Новые слова.');
  });

  it('tells the article reader that the story was updated', async () => {
    const key = liveKey();
    const article = await readFixture('dushanbe-meeting.ru.json');
    // Its relative URLs point next to it in demo/data/, not next to /live/.
    article.body = (article.body as Json[]).map((block) => (block.src ? { ...block, src: `/demo/data/${block.src}` } : block));
    await post(key, article);
    const widget = await mountLive(key, 'lede-article');
    expect(part(widget, 'update-notice')).to.equal(null);
    await refreshTo(widget, key, { ...article, updated: '2025-10-09T19:45:00+05:00' });
    const notice = part(widget, 'update-notice')!;
    expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal('обновлено: 9 октября 2025, 19:45');
    expect(notice.querySelector('time')!.getAttribute('datetime')).to.equal('2025-10-09T19:45:00+05:00');
  });
});
