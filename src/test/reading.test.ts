import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { restore } from 'sinon';
import '../lede.js';
import type { LedeElement } from '../internal/lede-element.js';
import type { DocumentType } from '../data/schema.js';
import { allRendered, holdFetch, mount, part, parts, readFixture, renderWith } from './test-fixtures.js';

type Widget = LedeElement<DocumentType>;
type Json = Record<string, any>;

/** Every element the widget draws, through nested shadow roots. */
function drawn(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? drawn(element.shadowRoot) : [])]);
}

describe('reading order, direction and reach', () => {
  afterEach(() => {
    restore();
    document.body.replaceChildren();
    document.documentElement.style.fontSize = '';
  });

  it('mirrors an Arabic timeline with logical properties, and isolates a Russian name in it', async () => {
    const timeline: Json = await readFixture('timeline-russia-azerbaijan.ru.json');
    timeline.lang = 'ar';
    timeline.events[0].title = 'Владимир Путин: «Это трагедия».';
    const element = await renderWith<Widget>('lede-timeline', timeline, 'style="width: 400px"');
    const event = parts(element, 'event')[0];
    const style = getComputedStyle(event);
    expect(style.direction).to.equal('rtl');
    // The line and markers sit at the start of the line: on the right.
    expect(parseFloat(style.paddingRight)).to.be.greaterThan(parseFloat(style.paddingLeft));
    const marker = event.getBoundingClientRect();
    const title = event.querySelector<HTMLElement>('[part~="event-title"]')!;
    expect(title.getBoundingClientRect().right).to.be.lessThan(marker.right - 10);
    // The Russian title keeps its own direction, so its punctuation stays put.
    expect(title.dir).to.equal('auto');
    expect(getComputedStyle(title).direction).to.equal('ltr');
  });

  it('scrolls a right-to-left horizontal timeline in reading direction', async () => {
    const timeline: Json = await readFixture('timeline-russia-azerbaijan.ru.json');
    const element = await renderWith<Widget>('lede-timeline', { ...timeline, lang: 'he' }, 'layout="horizontal" style="width: 600px"');
    const track = part(element, 'events')!;
    const [first, second] = parts(element, 'event');
    // The first event is at the right edge, the next to its left.
    expect(first.getBoundingClientRect().right).to.be.closeTo(track.getBoundingClientRect().right, 2);
    expect(second.getBoundingClientRect().right).to.be.lessThan(first.getBoundingClientRect().left + 1);
    const [, next] = part(element, 'controls')!.querySelectorAll('button');
    next.click();
    await waitUntil(() => track.scrollLeft < 0, 'the track scrolls towards the left');
  });

  it('isolates Latin and Cyrillic names in an Arabic quote card', async () => {
    const quote: Json = await readFixture('quote-putin.ru.json');
    const element = await renderWith<Widget>('lede-quote', quote, 'locale="ar"');
    const name = part(element, 'speaker-name')!;
    expect(getComputedStyle(part(element, 'base')!).direction).to.equal('rtl');
    expect(name.dir).to.equal('auto');
    expect(getComputedStyle(name).direction).to.equal('ltr');
  });

  it('reaches every control with the keyboard, each with a name, in ar, ru and en', async () => {
    for (const fixture of ['sample-article.ar.json', 'dushanbe-meeting.ru.json', 'dushanbe-meeting.en.json']) {
      const element = mount<Widget>(`<lede-article src="/demo/data/${fixture}"></lede-article>`);
      await oneEvent(element, 'lede-load');
      await allRendered(element);
      const controls = drawn(element.shadowRoot!).filter((node) => node.matches('a[href], button'));
      expect(controls.length, fixture).to.be.at.least(1);
      for (const control of controls) {
        const name = (control.getAttribute('aria-label') ?? control.textContent ?? '').trim();
        expect(name, `${fixture}: ${control.outerHTML.slice(0, 80)}`).to.not.equal('');
        expect((control as HTMLElement).tabIndex, control.outerHTML.slice(0, 80)).to.equal(0);
      }
      element.remove();
    }
  });

  it('operates the translation toggle and "show all" from the keyboard, with a visible focus ring', async () => {
    const quote: Json = await readFixture('quote-aliyev.ru.json');
    const element = await renderWith<Widget>('lede-quote', { ...quote, translation: { lang: 'en', text: 'We know what happened.' } }, 'locale="en"');
    const toggle = part(element, 'translation-toggle')!;
    expect(toggle.textContent!.trim()).to.equal('Show original in Russian');
    toggle.focus();
    expect(getComputedStyle(toggle).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(part(element, 'text')!.textContent).to.include('Мы знаем');

    const timeline = await renderWith<Widget>('lede-timeline', await readFixture('timeline-russia-azerbaijan.en.json'), 'collapsed-after="2"');
    const showAll = part(timeline, 'show-all')!;
    expect(showAll.textContent).to.equal('Show all 8 events');
    showAll.focus();
    // The key by its value: puppeteer's WebDriver BiDi keyboard (Firefox) knows no 'Space'.
    await sendKeys({ press: ' ' });
    await timeline.updateComplete;
    expect(parts(timeline, 'event').filter((event) => event.checkVisibility())).to.have.length(8);
  });

  it('fits a 320 px column at 200 % text without anything cut off or scrolling sideways', async () => {
    document.documentElement.style.fontSize = '200%';
    for (const [tag, fixture] of [['lede-article', 'dushanbe-meeting.ru.json'], ['lede-quote', 'quote-aliyev.ru.json'], ['lede-timeline', 'timeline-russia-azerbaijan.ru.json']]) {
      const element = mount<Widget>(`<${tag} src="/demo/data/${fixture}" style="width: 320px"></${tag}>`);
      await oneEvent(element, 'lede-load');
      await allRendered(element);
      const right = element.getBoundingClientRect().right;
      const text = drawn(element.shadowRoot!).filter((node) => node.matches('p, h2, h3, a, button, time, blockquote, li, span') && node.getClientRects().length);
      const overflowing = text.filter((node) => node.getBoundingClientRect().right > right + 1).map((node) => `${node.outerHTML.slice(0, 60)} ${Math.round(node.getBoundingClientRect().right - right)}`);
      expect(overflowing, tag).to.deep.equal([]);
      expect(parseFloat(getComputedStyle(part(element, 'base') ?? element).fontSize), tag).to.be.at.least(24);
      element.remove();
    }
  });

  it('says "loading" once, politely, while src is on the network', async () => {
    const held = holdFetch();
    const element = mount<Widget>('<lede-quote locale="ru" src="/held/quote"><p>Цитата загружается</p></lede-quote>');
    const request = await held.next();
    await element.updateComplete;
    const status = element.shadowRoot!.querySelector('.hidden-text[role="status"]')!;
    expect(status.textContent).to.equal('Загрузка…');
    const loaded = oneEvent(element, 'lede-load');
    request.answer(await readFixture('quote-aliyev.ru.json'));
    await loaded;
    expect(!!element.shadowRoot!.querySelector('.hidden-text[role="status"]')).to.equal(false);
  });

  it('draws no landmarks: the widgets live inside the partner\'s', async () => {
    const element = mount<Widget>('<lede-article src="/demo/data/dushanbe-meeting.ru.json"></lede-article>');
    await oneEvent(element, 'lede-load');
    await allRendered(element);
    const landmarks = drawn(element.shadowRoot!).filter((node) =>
      node.matches('main, nav, aside, [role="region"], [role="navigation"], [role="main"], [role="banner"], [role="contentinfo"], [role="complementary"], section[aria-label], section[aria-labelledby], form[aria-label]'),
    );
    expect(landmarks.map((node) => node.outerHTML.slice(0, 60))).to.deep.equal([]);
  });

  it('has no motion to reduce: no transition or animation runs', async () => {
    const element = mount<Widget>('<lede-timeline src="/demo/data/timeline-russia-azerbaijan.ru.json" layout="horizontal" style="width: 700px"></lede-timeline>');
    await oneEvent(element, 'lede-load');
    const moving = drawn(element.shadowRoot!).filter((node) => {
      const style = getComputedStyle(node);
      return parseFloat(style.transitionDuration) > 0 || style.animationName !== 'none' || style.scrollBehavior === 'smooth';
    });
    expect(moving.map((node) => node.outerHTML.slice(0, 60))).to.deep.equal([]);
  });
});
