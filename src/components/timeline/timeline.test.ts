import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { restore, stub } from 'sinon';
import type { LedeEventMap } from '../../events.js';
import { mount, part, parts, readFixture, renderWith, setData, settled, visibleText } from '../../test/test-fixtures.js';
import './timeline.js';
import type { LedeTimeline } from './timeline.component.js';

type Json = Record<string, unknown>;

/** Resolves after `count` painted frames (and the tasks they queue). */
const frames = async (count: number) => {
  for (let frame = 0; frame < count; frame++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
};

/** `count` events a day apart; with `text`, each has a paragraph, so a screen holds only a few. */
function generated(count: number, { text = false } = {}): Json {
  const events = Array.from({ length: count }, (_, index) => ({
    id: `e${index}`,
    date: new Date(Date.UTC(2000, 0, 1) + index * 86_400_000).toISOString().slice(0, 10),
    title: `Событие ${index}`,
    ...(text && { text: 'Описание события, достаточно длинное, чтобы занять несколько строк: '.repeat(4) }),
  }));
  return { type: 'timeline', id: 'big', lang: 'ru', events };
}

describe('<lede-timeline>', () => {
  let seed: Json;

  beforeEach(async () => {
    seed = await readFixture('timeline-russia-azerbaijan.ru.json');
    stub(console, 'warn');
    stub(console, 'error');
  });

  afterEach(() => {
    restore();
    document.body.replaceChildren();
    scrollTo(0, 0);
    history.replaceState(null, '', location.pathname + location.search);
  });

  const timelineWith = (data: unknown, attributes = '', containerStyle = '') => renderWith<LedeTimeline>('lede-timeline', data, attributes, containerStyle);
  /** Position of the first event of chunk `chunk` (25 in the first, 100 in each after it). */
  const firstOf = (chunk: number) => chunk * 100 - 75;

  const titles = (element: LedeTimeline) => parts(element, 'event-title').map((node) => node.textContent);
  const dates = (element: LedeTimeline) => parts(element, 'event').map((node) => node.querySelector('time')?.getAttribute('datetime'));

  it('renders the seed chronology in date order, whatever the order in the file', async () => {
    const element = await timelineWith(seed);
    expect(element.state).to.equal('ready');
    expect(dates(element)).to.deep.equal(['2024-10', '2024-12', '2025-03', '2025-06', '2025-07', '2025-09', '2025-10-07', '2025-10-09']);
    expect(part(element, 'title')?.textContent).to.equal('Россия и Азербайджан: год обострения');
    expect(part(element, 'events')?.tagName).to.equal('OL');
  });

  it('shows each date in its precision and the locale', async () => {
    const element = await timelineWith(seed);
    const shown = parts(element, 'event-date').map((node) => node.textContent?.replace(/\s+/g, ' ').trim().split(/ (Инцидент|Дипломатия|Заявление)/)[0]);
    expect(shown.slice(0, 3)).to.deep.equal(['октябрь 2024', 'декабрь 2024', 'март 2025']);
    expect(shown[6]).to.equal('7 октября 2025');
    expect(shown[7]).to.equal('9 октября 2025, четверг');
    const english = await timelineWith(seed, 'locale="en"');
    expect(parts(english, 'event-date')[1].querySelector('time')?.textContent).to.equal('December 2024');
  });

  it('words approximate, uncertain and span dates', async () => {
    const element = await timelineWith({
      type: 'timeline',
      lang: 'ru',
      events: [
        { date: '2019~', title: 'Около' },
        { date: '2019?', title: 'Может быть' },
        { date: '2020-01', end: '2020-03-15', title: 'Период' },
      ],
    });
    const text = parts(element, 'event-date').map((node) => node.textContent?.replace(/\s+/g, ' ').trim());
    expect(text).to.deep.equal(['около 2019', '2019?', 'январь 2020 – 15 марта 2020']);
    const times = parts(element, 'event-date')[2].querySelectorAll('time');
    expect([...times].map((time) => time.getAttribute('datetime'))).to.deep.equal(['2020-01', '2020-03-15']);
  });

  it('keeps file order for events on the same date and reverses with order="desc"', async () => {
    const data = { type: 'timeline', events: [{ date: '2025', title: 'B' }, { date: '2024', title: 'A' }, { date: '2025', title: 'C' }] };
    expect(titles(await timelineWith(data))).to.deep.equal(['A', 'B', 'C']);
    expect(titles(await timelineWith(data, 'order="desc"'))).to.deep.equal(['C', 'B', 'A']);
  });

  it('titles the timeline with an h2, or the level heading-level asks for', async () => {
    expect((await timelineWith(seed)).shadowRoot?.querySelector('[part~="title"]')?.localName).to.equal('h2');
    expect((await timelineWith(seed, 'heading-level="4"')).shadowRoot?.querySelector('[part~="title"]')?.localName).to.equal('h4');
  });

  it('keeps a Latin category chip apart from an Arabic date (bidi isolation)', async () => {
    const element = await timelineWith({
      type: 'timeline',
      lang: 'ar',
      categories: { nato: { label: 'NATO', color: '#1d4ed8' } },
      events: [{ date: '2025-09', title: 'قمة', category: 'nato' }],
    });
    const time = element.shadowRoot?.querySelector('time') as HTMLElement;
    const chip = part(element, 'category') as HTMLElement;
    // Right to left: the date (month and year, two runs), then the chip wholly to their left.
    const dateLeft = Math.min(...[...time.getClientRects()].map((rect) => rect.left));
    expect(chip.getBoundingClientRect().right).to.be.at.most(dateLeft + 0.5);
  });

  it('shows the year on the first event of each year when the events span several', async () => {
    const element = await timelineWith(seed);
    const shownYears = (timeline: LedeTimeline) => parts(timeline, 'year').filter((node) => !node.hidden).map((node) => node.textContent);
    expect(shownYears(element)).to.deep.equal(['2024', '2025']);
    const oneYear = await timelineWith({ type: 'timeline', events: [{ date: '2025-01', title: 'a' }, { date: '2025-02', title: 'b' }] });
    expect(shownYears(oneYear)).to.deep.equal([]);
    // Years as written: New Year's Eve in New York sorts after midnight UTC, and is still 2024.
    const newYear = await timelineWith({ type: 'timeline', events: [{ date: '2024-06', title: 'a' }, { date: '2025-01-01', title: 'b' }, { date: '2024-12-31T20:00-05:00', title: 'c' }] });
    expect(shownYears(newYear)).to.deep.equal(['2024', '2025', '2024']);
    // A partner's ::part() styles do not bring back what is hidden.
    const style = document.createElement('style');
    style.textContent = 'lede-timeline::part(year), lede-timeline::part(event-new) { display: block; }';
    document.head.append(style);
    try {
      for (const year of parts(element, 'year')) expect(getComputedStyle(year).display).to.equal(year.hidden ? 'none' : 'block');
      expect(parts(element, 'event-new').every((node) => getComputedStyle(node).display === 'none')).to.equal(true);
    } finally {
      style.remove();
    }
  });

  it('shows category chips with readable text, location and sources', async () => {
    const element = await timelineWith(seed);
    const crash = parts(element, 'event')[1];
    const chip = crash.querySelector<HTMLElement>('[part~="category"]');
    expect(chip?.textContent).to.equal('Инцидент');
    expect(getComputedStyle(chip as Element).backgroundColor).to.equal('rgb(192, 57, 43)');
    expect(getComputedStyle(chip as Element).color).to.equal('rgb(255, 255, 255)');
    expect(crash.querySelector('[part~="location"]')?.textContent).to.equal('Казахстан');
    expect(parts(element, 'sources')[0].textContent?.replace(/\s+/g, ' ').trim()).to.equal('Источники: Интерфакс');
  });

  it('separates sources with the language’s own comma', async () => {
    const sources = [{ name: 'رويترز' }, { name: 'وكالة الأنباء' }];
    const arabic = await timelineWith({ type: 'timeline', lang: 'ar', events: [{ date: '2024', title: 'حدث', sources }] });
    expect(part(arabic, 'sources')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('المصادر: رويترز، وكالة الأنباء');
    const english = await timelineWith({ type: 'timeline', lang: 'en', events: [{ date: '2024', title: 'Event', sources: [{ name: 'Reuters' }, { name: 'AP' }] }] });
    expect(part(english, 'sources')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Sources: Reuters, AP');
  });

  it('filters by category from the legend (aria-pressed) and the category attribute', async () => {
    const element = await timelineWith(seed, 'category="incident"');
    expect(titles(element)).to.have.length(2);
    const buttons = [...(part(element, 'legend')?.querySelectorAll('button') ?? [])];
    expect(buttons.map((button) => button.getAttribute('aria-pressed'))).to.deep.equal(['true', 'false', 'false']);
    buttons[2].click();
    await element.updateComplete;
    expect(titles(element)).to.have.length(3);
    buttons[0].click();
    buttons[2].click();
    await element.updateComplete;
    expect(titles(element)).to.have.length(8);
  });

  it('shows every event, with a warning, when the category attribute names no category', async () => {
    const warn = console.warn as unknown as { args: unknown[][] };
    const element = await timelineWith(seed, 'category="nope"');
    expect(titles(element)).to.have.length(8);
    expect(warn.args.some((args) => String(args[1]).includes('category="nope"'))).to.equal(true);
  });

  it('warns about unknown categories and shows the event without a chip', async () => {
    const element = await timelineWith({ type: 'timeline', events: [{ date: '2025', title: 'x', category: 'nope' }] });
    expect(element.state).to.equal('ready');
    expect(part(element, 'category')?.hidden).to.equal(true);
    expect(part(element, 'category')?.checkVisibility()).to.equal(false);
    expect((console.warn as sinon.SinonStub).firstCall.args.join(' ')).to.contain('events[0].category');
  });

  it('collapses after N events with a plural-correct "show all" control', async () => {
    const element = await timelineWith(generated(27), 'collapsed-after="3"');
    const shownTitles = () => parts(element, 'event-title').filter((title) => title.checkVisibility());
    expect(shownTitles()).to.have.length(3);
    expect(part(element, 'show-all')?.textContent).to.equal('Показать все 27 событий');
    part(element, 'show-all')?.focus();
    part(element, 'show-all')?.click();
    await element.updateComplete;
    expect(shownTitles()).to.have.length(27);
    expect(part(element, 'show-all')?.checkVisibility()).to.equal(false);
    // Focus is not lost with the control: it goes to the first event the control showed.
    await new Promise((resolve) => setTimeout(resolve));
    expect(element.shadowRoot?.activeElement?.querySelector('[part~="event-title"]')?.textContent).to.equal('Событие 3');
    expect(parts(element, 'event').filter((item) => item.tabIndex === 0)).to.have.length(1);
    const two = await timelineWith(generated(22), 'collapsed-after="1"');
    expect(part(two, 'show-all')?.textContent).to.equal('Показать все 22 события');
    const english = await timelineWith(generated(21), 'collapsed-after="1" locale="en"');
    expect(part(english, 'show-all')?.textContent).to.equal('Show all 21 events');
  });

  it('keeps the collapsed events in the page, in a closed <details>: opened by the browser (find-in-page), they all show', async () => {
    const element = await timelineWith(generated(8), 'collapsed-after="3"');
    const shownTitles = () => parts(element, 'event-title').filter((title) => title.checkVisibility()).map((title) => title.textContent);
    expect(parts(element, 'event-title')).to.have.length(8);
    expect(shownTitles()).to.deep.equal(['Событие 0', 'Событие 1', 'Событие 2']);
    // The arrows stop at the last event shown.
    const third = parts(element, 'event')[2];
    third.focus();
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(element.shadowRoot?.activeElement).to.equal(third);
    // Find-in-page opens the details itself; the timeline then counts as expanded.
    const details = part(element, 'show-all')!.parentElement as HTMLDetailsElement;
    const toggled = oneEvent(details, 'toggle');
    details.open = true;
    await toggled;
    await element.updateComplete;
    expect(shownTitles()).to.have.length(8);
    expect(part(element, 'show-all')?.checkVisibility()).to.equal(false);
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(element.shadowRoot?.activeElement?.querySelector('[part~="event-title"]')?.textContent).to.equal('Событие 3');
  });

  it('marks the highlighted event as current without scrolling the page', async () => {
    const before = scrollY;
    const element = await timelineWith(seed, 'highlight="sco-summit"');
    const current = element.shadowRoot?.querySelector('[aria-current="true"]');
    expect(current?.querySelector('[part~="event-title"]')?.textContent).to.contain('ШОС');
    expect(current?.getAttribute('part')).to.equal('event event-current');
    expect(scrollY).to.equal(before);
  });

  it('reaches and highlights the event named by a deep link, far down a long timeline', async () => {
    history.replaceState(null, '', '#big-e9990');
    const element = await timelineWith(generated(10_000));
    await element.updateComplete;
    const target = element.shadowRoot?.getElementById('big-e9990');
    expect(target?.getAttribute('aria-current')).to.equal('true');
    const box = target?.getBoundingClientRect();
    expect(box && box.top >= 0 && box.bottom <= innerHeight).to.equal(true);
  });

  it('reaches a deep-linked event in the first copy of a timeline embedded twice', async () => {
    history.replaceState(null, '', '#russia-azerbaijan-sco-summit');
    const scrolled = stub(Element.prototype, 'scrollIntoView');
    const first = await timelineWith(seed);
    const second = await timelineWith(seed);
    await Promise.all([first.updateComplete, second.updateComplete]);
    expect(scrolled.callCount).to.equal(1);
    expect(scrolled.firstCall.thisValue).to.equal(first.shadowRoot?.getElementById('russia-azerbaijan-sco-summit'));
  });

  it('brings the highlighted event into the horizontal track once its data has come by src', async () => {
    const container = mount<LedeTimeline>(
      '<div style="width: 900px"><lede-timeline layout="horizontal" highlight="aliyev-court" src="/demo/data/timeline-russia-azerbaijan.en.json"></lede-timeline></div>',
    );
    const element = container.querySelector('lede-timeline') as LedeTimeline;
    await settled(element);
    await element.updateComplete;
    const track = part(element, 'events') as HTMLElement;
    const current = element.shadowRoot?.querySelector('[aria-current="true"]') as HTMLElement;
    expect(track.scrollLeft).to.be.above(0);
    const [box, view] = [current.getBoundingClientRect(), track.getBoundingClientRect()];
    expect(box.left >= view.left - 1 && box.right <= view.right + 1, 'the event is in the track\'s view').to.equal(true);
  });

  it('fires lede-select on click, Enter and Space', async () => {
    const element = await timelineWith(seed);
    const items = parts(element, 'event');
    let selected = oneEvent(element, 'lede-select') as Promise<LedeEventMap['lede-select']>;
    items[1].click();
    expect((await selected).detail).to.deep.equal({ id: 'azal-crash', index: 1 });
    items[0].focus();
    selected = oneEvent(element, 'lede-select') as Promise<LedeEventMap['lede-select']>;
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ id: 'last-meeting', index: 0 });
    selected = oneEvent(element, 'lede-select') as Promise<LedeEventMap['lede-select']>;
    // The key by its value: puppeteer's WebDriver BiDi keyboard (Firefox) knows no 'Space'.
    await sendKeys({ press: ' ' });
    expect((await selected).detail.index).to.equal(0);
  });

  it('is one tab stop with roving focus: arrows, Home and End', async () => {
    const element = await timelineWith(seed);
    const items = parts(element, 'event');
    expect(items.map((item) => item.tabIndex)).to.deep.equal([0, -1, -1, -1, -1, -1, -1, -1]);
    items[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(element.shadowRoot?.activeElement).to.equal(items[1]);
    await sendKeys({ press: 'End' });
    expect(element.shadowRoot?.activeElement).to.equal(items[7]);
    await sendKeys({ press: 'ArrowUp' });
    expect(element.shadowRoot?.activeElement).to.equal(items[6]);
    await sendKeys({ press: 'Home' });
    expect(element.shadowRoot?.activeElement).to.equal(items[0]);
    expect(items.filter((item) => item.tabIndex === 0)).to.have.length(1);
  });

  it('renders a 10,000-event timeline as it is read; End reaches the last event at once', async () => {
    const element = await timelineWith(generated(10_000));
    expect(parts(element, 'event').length).to.be.at.most(225);
    parts(element, 'event')[0].focus();
    await sendKeys({ press: 'End' });
    await element.updateComplete;
    const active = element.shadowRoot?.activeElement;
    expect(active?.querySelector('[part~="event-title"]')?.textContent).to.equal('Событие 9999');
    expect(active?.getBoundingClientRect().bottom).to.be.at.most(innerHeight);
    // The list holds a few hundred items; a screen reader hears each one's place among all 10,000.
    expect([active?.getAttribute('aria-posinset'), active?.getAttribute('aria-setsize')]).to.deep.equal(['10000', '10000']);
    expect(parts(element, 'event')[0].getAttribute('aria-posinset')).to.equal('1');
    // Only what is near the screen: the first chunk, the last, and the one just above it.
    await frames(3);
    const rendered = parts(element, 'event').length;
    expect(rendered).to.be.at.least(100).and.at.most(325);
    expect(element.shadowRoot?.querySelectorAll('.gap').length).to.be.at.least(96);
  });

  it('renders each part of a long timeline as it nears the screen, and keeps the reader\'s event in place above', async () => {
    const element = await timelineWith(generated(1_000));
    await frames(3);
    // Booleans, not elements: chai would print a whole shadow tree in its message.
    const rendered = (index: number) => !!element.shadowRoot?.querySelector(`li[data-index="${index}"]`);
    const gaps = () => [...(element.shadowRoot?.querySelectorAll<HTMLElement>('.gap') ?? [])];
    expect(rendered(0) && !rendered(600), 'the first screen, nothing far below it').to.equal(true);
    const firstGap = gaps()[0];
    const next = Number(firstGap.dataset.chunk);
    firstGap.scrollIntoView();
    await frames(3);
    expect(rendered(firstOf(next)), 'the chunk scrolled to').to.equal(true);
    expect(rendered(975), 'nothing far further down').to.equal(false);
    // Reached further down (a deep link, a scrollbar dragged), then read upwards: the chunk above
    // renders as it nears the screen, without moving the event read.
    const far = gaps().find((gap) => Number(gap.dataset.chunk) >= next + 3) as HTMLElement;
    const farChunk = Number(far.dataset.chunk);
    far.scrollIntoView();
    await frames(3);
    const above = gaps().filter((gap) => Number(gap.dataset.chunk) < farChunk).at(-1) as HTMLElement;
    const aboveChunk = Number(above.dataset.chunk);
    // The reader scrolls up until that chunk's stand-in just shows at the top of the screen.
    scrollBy(0, above.getBoundingClientRect().bottom - 10);
    const reading = element.shadowRoot?.querySelector<HTMLElement>(`li[data-index="${firstOf(aboveChunk + 1)}"]`) as HTMLElement;
    const top = reading.getBoundingClientRect().top;
    expect(top, 'the event read is on screen').to.be.within(0, innerHeight);
    await frames(4);
    expect(rendered(firstOf(aboveChunk) + 99), 'the chunk above is rendered').to.equal(true);
    expect(Math.abs(reading.getBoundingClientRect().top - top), 'the event read has not moved').to.be.below(2);
  });

  it('renders a long horizontal track as it is scrolled, its stand-ins as wide as their events', async () => {
    const element = await timelineWith(generated(1_000), 'layout="horizontal"', 'width: 900px');
    await frames(3);
    const track = part(element, 'events') as HTMLElement;
    const gap = element.shadowRoot?.querySelector<HTMLElement>('.gap') as HTMLElement;
    const event = parts(element, 'event')[0];
    expect(gap.getBoundingClientRect().height, 'no taller than an event').to.be.at.most(event.getBoundingClientRect().height + 1);
    expect(gap.getBoundingClientRect().width).to.be.above(event.getBoundingClientRect().width * 50);
    const chunk = Number(gap.dataset.chunk);
    expect(!!element.shadowRoot?.querySelector(`li[data-index="${firstOf(chunk)}"]`)).to.equal(false);
    track.scrollLeft += gap.getBoundingClientRect().left - track.getBoundingClientRect().left;
    await frames(4);
    expect(!!element.shadowRoot?.querySelector(`li[data-index="${firstOf(chunk)}"]`), 'the chunk scrolled to').to.equal(true);
  });

  it('renders the next part of a long horizontal track before it scrolls into the track\'s view', async () => {
    const element = await timelineWith(generated(1_000), 'layout="horizontal"', 'width: 900px');
    await frames(3);
    const track = part(element, 'events') as HTMLElement;
    const gap = element.shadowRoot?.querySelector<HTMLElement>('.gap') as HTMLElement;
    const chunk = Number(gap.dataset.chunk);
    // The stand-in's start a fifth of a track beyond the track's right edge: not in view yet.
    track.scrollLeft += gap.getBoundingClientRect().left - track.getBoundingClientRect().right - track.clientWidth / 5;
    await frames(4);
    const first = element.shadowRoot?.querySelector<HTMLElement>(`li[data-index="${firstOf(chunk)}"]`);
    expect(!!first, 'rendered ahead').to.equal(true);
    expect(first!.getBoundingClientRect().left, 'while still beyond the track').to.be.above(track.getBoundingClientRect().right);
  });

  it('moves with the arrow keys into a part of a long timeline not rendered yet', async () => {
    // Far below the screen, so nothing but the first chunk renders on its own.
    const element = await timelineWith(generated(1_000), '', 'margin-top: 20000px');
    await frames(2);
    expect(parts(element, 'event')).to.have.length(25);
    parts(element, 'event')[24].focus({ preventScroll: true });
    await sendKeys({ press: 'ArrowDown' });
    await element.updateComplete;
    expect(element.shadowRoot?.activeElement?.querySelector('[part~="event-title"]')?.textContent).to.equal('Событие 25');
  });

  it('keeps the event read in place when a chunk renders above it, with focus on an event far above', async () => {
    const element = await timelineWith(generated(1_000));
    parts(element, 'event')[3].focus();
    history.replaceState(null, '', '#big-e700');
    dispatchEvent(new HashChangeEvent('hashchange'));
    await element.updateComplete;
    await frames(3);
    const gaps = [...(element.shadowRoot?.querySelectorAll<HTMLElement>('.gap') ?? [])];
    const above = gaps.filter((gap) => gap.getBoundingClientRect().bottom <= 0).at(-1) as HTMLElement;
    scrollBy(0, above.getBoundingClientRect().bottom - 10);
    const reading = [...parts(element, 'event')].find((item) => item.getBoundingClientRect().top >= 0) as HTMLElement;
    const top = reading.getBoundingClientRect().top;
    await frames(4);
    expect(above.isConnected, 'the chunk above has rendered').to.equal(false);
    expect(Math.abs(reading.getBoundingClientRect().top - top), 'the event read has not moved').to.be.below(2);
    expect(element.shadowRoot?.activeElement?.querySelector('[part~="event-title"]')?.textContent, 'focus stays on its event').to.equal('Событие 3');
  });

  it('keeps the event read in place when printing renders every event above it', async () => {
    history.replaceState(null, '', '#big-e700');
    const element = await timelineWith(generated(1_000));
    await element.updateComplete;
    await frames(3);
    const target = element.shadowRoot?.getElementById('big-e700') as HTMLElement;
    const top = target.getBoundingClientRect().top;
    dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    expect(parts(element, 'event')).to.have.length(1_000);
    expect(Math.abs(target.getBoundingClientRect().top - top), 'the linked event has not moved').to.be.below(2);
  });

  it('prints every event of a long timeline', async () => {
    const element = await timelineWith(generated(1_000));
    expect(parts(element, 'event').length).to.be.below(1_000);
    dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    expect(parts(element, 'event')).to.have.length(1_000);
    expect(element.shadowRoot?.querySelectorAll('.gap')).to.have.length(0);
  });

  it('renders every event of a timeline of 300 in the background, for find-in-page', async () => {
    const element = await timelineWith(generated(300));
    for (let tick = 0; tick < 100 && parts(element, 'event').length < 300; tick++) await frames(1);
    expect(parts(element, 'event')).to.have.length(300);
    expect(element.shadowRoot?.querySelectorAll('.gap')).to.have.length(0);
    expect(parts(element, 'event')[0].hasAttribute('aria-setsize'), 'the list itself says how many').to.equal(false);
  });

  it('renders the rest of a timeline behind the page\'s own tasks', async () => {
    const element = await timelineWith(generated(300, { text: true }));
    const atPageTask = await new Promise<number>((resolve) => setTimeout(() => resolve(parts(element, 'event').length)));
    // The next chunk waits for the first frame, then for the page's tasks (background priority).
    expect(atPageTask).to.equal(25);
  });

  it('paints the first screen of a long timeline before it renders the rest', async () => {
    const element = document.createElement('lede-timeline') as LedeTimeline;
    const loaded = oneEvent(element, 'lede-load');
    setData(element, generated(1_000));
    document.body.append(element);
    await loaded;
    const atFirstFrame = await new Promise<number>((resolve) => requestAnimationFrame(() => resolve(parts(element, 'event').length)));
    expect(atFirstFrame).to.equal(25);
  });

  it('stops rendering in the background when taken off the page, and goes on when put back', async () => {
    const element = await timelineWith(generated(300));
    element.remove();
    const rendered = parts(element, 'event').length;
    // A second timeline, put on the page after, renders in the background too: once it has rendered
    // a chunk, the first one's next chunk would have rendered as well.
    const witness = await timelineWith(generated(300));
    const witnessRendered = parts(witness, 'event').length;
    for (let tick = 0; tick < 100 && parts(witness, 'event').length === witnessRendered; tick++) await frames(1);
    expect(parts(witness, 'event').length).to.be.above(witnessRendered);
    expect(parts(element, 'event').length).to.equal(rendered);
    document.body.append(element);
    for (let tick = 0; tick < 100 && parts(element, 'event').length === rendered; tick++) await frames(1);
    expect(parts(element, 'event').length).to.be.above(rendered);
  });

  it('gives each event a copy-link control with shareable', async () => {
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    const write = stub(navigator.clipboard, 'writeText').resolves();
    const element = await timelineWith(seed, 'shareable');
    const button = parts(element, 'event-share')[1];
    expect(button.getAttribute('aria-label')).to.equal('Скопировать ссылку на это событие');
    const shared = oneEvent(element, 'lede-share') as Promise<LedeEventMap['lede-share']>;
    button.click();
    const { detail } = await shared;
    expect(detail.url).to.equal(`${location.href.split('#')[0]}#russia-azerbaijan-azal-crash`);
    expect(detail.method).to.equal('clipboard');
    expect(write.calledOnce).to.equal(true);
    // Said beside the control and through the live region, like the quote card's.
    await element.updateComplete;
    expect(parts(element, 'event-share-status').map((node) => node.textContent)).to.deep.equal(['Ссылка скопирована']);
    expect(part(element, 'announcement')?.textContent).to.equal('Ссылка скопирована');
    delete (navigator as { share?: unknown }).share;
  });

  it('leaves out invalid events with warnings by path, and fails when none is left', async () => {
    const element = await timelineWith({
      type: 'timeline',
      events: [{ date: '2025-13-45', title: 'bad' }, { date: '2025', title: '' }, { id: 'a', date: '2025', title: 'ok' }, { id: 'a', date: '2026', title: 'dup' }],
    }, 'debug');
    expect(element.state).to.equal('ready');
    expect(titles(element)).to.deep.equal(['ok']);
    const listed = [...(part(element, 'issues')?.querySelectorAll('code') ?? [])].map((code) => code.textContent);
    expect(listed).to.deep.equal(['events[0].date', 'events[1].title', 'events[3].id']);
    // The debug list is a list, not more events: no marker, no line.
    const issue = part(element, 'issues')?.querySelector('li') as Element;
    expect([getComputedStyle(issue, '::before').content, getComputedStyle(issue, '::after').content]).to.deep.equal(['none', 'none']);
    const none = await timelineWith({ type: 'timeline', events: [{ date: 'never', title: 'x' }] });
    expect(none.state).to.equal('error');
  });

  it('goes on working when data that was shown is replaced by bad data', async () => {
    const element = await timelineWith(seed);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    addEventListener('error', onError);
    try {
      const failed = oneEvent(element, 'lede-error');
      setData(element, { type: 'timeline', events: 'broken' });
      await failed;
      element.highlight = 'dushanbe';
      element.order = 'desc';
      await element.updateComplete;
      expect(errors).to.deep.equal([]);
      expect(element.state).to.equal('error');
      setData(element, seed);
      await settled(element);
      expect(part(element, 'event-current')?.querySelector('[part="event-title"]')?.textContent).to.include('Душанбе');
    } finally {
      removeEventListener('error', onError);
    }
  });

  it('switches to a horizontal track on wide containers and stays vertical below 480 px', async () => {
    const wide = mount<LedeTimeline>('<div style="width: 900px"><lede-timeline layout="horizontal"></lede-timeline></div>').querySelector('lede-timeline') as LedeTimeline;
    let done = settled(wide);
    setData(wide, seed);
    await done;
    expect(getComputedStyle(part(wide, 'events') as Element).display).to.equal('flex');
    expect(part(wide, 'controls')?.querySelectorAll('button')).to.have.length(2);
    const narrow = mount<LedeTimeline>('<div style="width: 360px"><lede-timeline layout="horizontal"></lede-timeline></div>').querySelector('lede-timeline') as LedeTimeline;
    done = settled(narrow);
    setData(narrow, seed);
    await done;
    expect(getComputedStyle(part(narrow, 'events') as Element).display).to.equal('block');
    expect(getComputedStyle(part(narrow, 'controls') as Element).display).to.equal('none');
  });

  it('shows XSS payloads in every string field as text', async () => {
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const element = await timelineWith({
      type: 'timeline',
      id: payload,
      title: payload,
      description: payload,
      categories: { c: { label: payload, color: '#123456' } },
      events: [{ id: payload, date: '2025', dateLabel: payload, title: payload, text: payload, category: 'c', location: payload, sources: [{ name: payload, url: 'javascript:alert(1)' }], image: { src: 'javascript:x', alt: payload } }],
    }, 'shareable');
    const root = element.shadowRoot as ShadowRoot;
    expect(root.querySelectorAll('script, img, a').length).to.equal(0);
    expect(visibleText(element).split(payload).length - 1).to.be.at.least(7);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
