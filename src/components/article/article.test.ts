import { expect } from '@open-wc/testing';
import { restore, stub, type SinonStub } from 'sinon';
import type { LedeQuote } from '../quote/quote.component.js';
import type { LedeTimeline } from '../timeline/timeline.component.js';
import { mount, part, parts, readFixture, renderWith, setData, settled } from '../../test/test-fixtures.js';
import './article.js';
import type { LedeArticle } from './article.component.js';

type Json = Record<string, unknown>;

const minimal = (body: unknown[], fields: Json = {}) => ({ type: 'article', lang: 'ru', headline: 'Заголовок', body, ...fields });

describe('<lede-article>', () => {
  let warn: SinonStub;

  beforeEach(() => {
    warn = stub(console, 'warn');
    stub(console, 'error');
  });

  afterEach(() => {
    restore();
    document.body.replaceChildren();
  });

  const articleWith = (data: unknown, attributes = '') => renderWith<LedeArticle>('lede-article', data, attributes);

  /** Resolves once every quote and timeline inside has rendered or failed. */
  async function childrenSettled(element: LedeArticle): Promise<Array<LedeQuote | LedeTimeline>> {
    const children = [...(element.shadowRoot?.querySelectorAll<LedeQuote | LedeTimeline>('lede-quote, lede-timeline') ?? [])];
    await Promise.all(children.map((child) => (child.state === 'loading' ? settled(child) : undefined)));
    return children;
  }

  it('renders the seed story: headline, times, quotes and every timeline event', async () => {
    const element = mount<LedeArticle>('<lede-article src="/demo/data/dushanbe-meeting.ru.json"></lede-article>');
    const { detail } = await settled(element);
    expect(detail.issues).to.deep.equal([]);
    expect(part(element, 'headline')?.textContent).to.equal('Путин впервые признал, что самолет AZAL был поврежден российской ПВО');
    expect(part(element, 'headline')?.tagName).to.equal('H2');
    expect(part(element, 'kicker')?.textContent).to.equal('Политика');
    expect(part(element, 'dateline')?.textContent).to.equal('Душанбе');
    expect(part(element, 'published')?.textContent).to.equal('9 октября 2025, 15:00');
    expect(part(element, 'published')?.getAttribute('datetime')).to.equal('2025-10-09T15:00:00+05:00');
    expect(part(element, 'meta')?.textContent).to.contain('обновлено');
    expect(part(element, 'updated')?.textContent).to.equal('9 октября 2025, 17:20');
    const children = await childrenSettled(element);
    expect(children.map((child) => [child.localName, child.state])).to.deep.equal([
      ['lede-quote', 'ready'], ['lede-quote', 'ready'], ['lede-quote', 'ready'], ['lede-timeline', 'ready'],
    ]);
    expect(part(children[0], 'speaker-name')?.textContent).to.equal('Ильхам Алиев');
    expect(part(children[1], 'speaker-name')?.textContent).to.equal('Владимир Путин');
    expect(parts(children[3], 'event')).to.have.length(8);
    expect(parts(element, 'tags')[0].querySelectorAll('li')).to.have.length(5);
  });

  it('renders every block type with its semantics', async () => {
    const element = await articleWith(minimal([
      { type: 'paragraph', text: 'Текст <b>не разметка</b>' },
      { type: 'paragraph', html: 'по данным <a href="https://www.interfax.ru/">«Интерфакса»</a>, <script>x()</script><b>жирный</b>' },
      { type: 'heading', text: 'Подзаголовок' },
      { type: 'list', items: ['один', 'два'] },
      { type: 'list', ordered: true, items: ['первый'] },
      { type: 'image', src: '/demo/img/putin.svg', alt: 'Портрет', caption: 'Подпись', credit: 'Фото: автор', width: 96, height: 96 },
      { type: 'quote', text: 'Слова', speaker: { name: 'Говорящий' } },
      { type: 'timeline', events: [{ date: '2025-10-09', title: 'Событие' }] },
    ]));
    const body = part(element, 'body') as HTMLElement;
    const paragraphs = parts(element, 'paragraph');
    expect(paragraphs[0].textContent).to.equal('Текст <b>не разметка</b>');
    expect(paragraphs[0].querySelector('b')).to.equal(null);
    expect(paragraphs[1].querySelector('a')?.getAttribute('href')).to.equal('https://www.interfax.ru/');
    expect(paragraphs[1].querySelector('a')?.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(paragraphs[1].querySelector('b')?.textContent).to.equal('жирный');
    expect(paragraphs[1].querySelector('script')).to.equal(null);
    expect(part(element, 'heading')?.tagName).to.equal('H3');
    expect(parts(element, 'list').map((list) => list.tagName)).to.deep.equal(['UL', 'OL']);
    const figure = part(element, 'figure');
    expect(figure?.tagName).to.equal('FIGURE');
    expect(figure?.querySelector('img')?.getAttribute('loading')).to.equal('lazy');
    expect(figure?.querySelector('img')?.getAttribute('alt')).to.equal('Портрет');
    expect(figure?.querySelector('figcaption')?.textContent).to.equal('Подпись · Фото: автор');
    const [quote, timeline] = await childrenSettled(element);
    expect(part(quote, 'text')?.textContent).to.contain('«Слова»');
    expect(part(timeline, 'event-title')?.textContent).to.equal('Событие');
    expect(body.querySelectorAll('[part~="quote"], [part~="timeline"]')).to.have.length(2);
  });

  it('sets the headline level with heading-level; body headings follow one level below', async () => {
    const element = await articleWith(minimal([{ type: 'heading', text: 'Под' }]), 'heading-level="1"');
    expect(part(element, 'headline')?.tagName).to.equal('H1');
    expect(part(element, 'heading')?.tagName).to.equal('H2');
    const deep = await articleWith(minimal([{ type: 'heading', text: 'Под' }]), 'heading-level="6"');
    expect(part(deep, 'heading')?.tagName).to.equal('H6');
    // A timeline's title sits at the body headings' level, below the headline.
    const withTimeline = await articleWith(minimal([{ type: 'timeline', title: 'Хроника', events: [{ date: '2025', title: 'Событие' }] }]));
    const timeline = withTimeline.shadowRoot?.querySelector('lede-timeline') as LedeTimeline;
    await timeline.updateComplete;
    expect(part(timeline, 'title')?.tagName).to.equal('H3');
  });

  it('resolves a block\'s relative src against the article document\'s URL', async () => {
    const element = mount<LedeArticle>('<lede-article src="/demo/data/dushanbe-meeting.ru.json"></lede-article>');
    await settled(element);
    const quote = element.shadowRoot?.querySelector('lede-quote[src]');
    expect(quote?.getAttribute('src')).to.equal(`${location.origin}/demo/data/quote-aliyev.ru.json`);
  });

  it('leaves out an invalid block with a warning by path, warns on an unknown block type, and renders the rest', async () => {
    const element = await articleWith(minimal([
      { type: 'paragraph', text: 'Остаётся' },
      { type: 'list', items: [] },
      { type: 'video', src: 'x.mp4' },
      { type: 'image', src: 'javascript:alert(1)', alt: 'x' },
      { type: 'quote', text: 'Без автора' },
    ]), 'debug');
    expect(element.state).to.equal('ready');
    expect(parts(element, 'paragraph').map((paragraph) => paragraph.textContent)).to.deep.equal(['Остаётся']);
    const listed = [...(part(element, 'issues')?.querySelectorAll('code') ?? [])].map((code) => code.textContent);
    expect(listed).to.deep.equal(['body[1].items', 'body[2].type', 'body[3].src', 'body[4].speaker']);
    expect(warn.callCount).to.equal(4);
  });

  it('shows "updated" only when updated is later than published', async () => {
    const same = await articleWith(minimal([{ type: 'paragraph', text: 'x' }], { published: '2025-10-09T15:00:00+05:00', updated: '2025-10-09T15:00:00+05:00' }));
    expect(part(same, 'updated')).to.equal(null);
    const later = await articleWith(minimal([{ type: 'paragraph', text: 'x' }], { published: '2025-10-09T15:00:00+05:00', updated: '2025-10-09T12:20:00Z' }), 'locale="en"');
    expect(part(later, 'updated')?.textContent).to.equal('October 9, 2025, 12:20 PM');
    expect(part(later, 'meta')?.textContent).to.contain('Updated');
  });

  it('links authors and shows the publisher, the lead image eagerly and the tags', async () => {
    const element = await articleWith(minimal([{ type: 'paragraph', text: 'x' }], {
      authors: [{ name: 'Автор Один', url: 'https://partner.example/a' }, { name: 'Автор Два' }],
      publisher: { name: 'Издание', url: 'https://partner.example/', logo: '/demo/img/putin.svg' },
      image: { src: '/demo/img/aliyev.svg', alt: 'Главное фото', caption: 'Подпись' },
      tags: ['Россия'],
    }));
    expect(part(element, 'byline')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Автор Один, Автор Два');
    expect(part(element, 'byline')?.querySelector('a')?.getAttribute('href')).to.equal('https://partner.example/a');
    expect(part(element, 'publisher')?.textContent?.trim()).to.equal('Издание');
    expect(part(element, 'image')?.querySelector('img')?.getAttribute('loading')).to.equal('eager');
    expect(part(element, 'tags')?.textContent).to.equal('Россия');
  });

  it('separates authors with the language’s own comma', async () => {
    const element = await articleWith(minimal([{ type: 'paragraph', text: 'نص' }], { lang: 'ar', authors: [{ name: 'سلمى حداد' }, { name: 'Sam Reed' }] }));
    expect(part(element, 'byline')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('سلمى حداد، Sam Reed');
  });

  it('keeps the inner widgets\' lede-load inside: the page hears the article once', async () => {
    const heard: string[] = [];
    document.addEventListener('lede-load', (event) => heard.push((event.target as Element).localName));
    const element = mount<LedeArticle>('<lede-article src="/demo/data/dushanbe-meeting.ru.json"></lede-article>');
    await settled(element);
    await childrenSettled(element);
    expect(heard).to.deep.equal(['lede-article']);
  });

  it('rejects a document without headline or body', async () => {
    const element = await articleWith({ type: 'article', body: [] });
    expect(element.state).to.equal('error');
  });

  it('passes its locale and theme to quotes and timelines inside', async () => {
    const english = await readFixture('dushanbe-meeting.en.json');
    const element = mount<LedeArticle>('<lede-article theme="dark"></lede-article>');
    const done = settled(element);
    setData(element, { ...english, body: (english.body as Json[]).filter((block) => block.type === 'quote' && !block.src) });
    await done;
    const [quote] = await childrenSettled(element);
    expect(quote.getAttribute('theme')).to.equal('dark');
    expect(part(quote, 'text')?.getAttribute('lang')).to.equal('en');
    expect(part(quote, 'translation-toggle')?.textContent?.trim()).to.equal('Show original in Russian');
  });
});
