import { expect } from '@open-wc/testing';
import { restore, stub } from 'sinon';
import '../lede.js';
import type { LedeElement } from '../internal/lede-element.js';
import { mount, readFixture, setData, settled, unmountAll } from '../test/test-fixtures.js';
import type { DocumentType } from './schema.js';
import { quoteSchema, type QuoteModel } from './quote-schema.js';
import { validateDocument } from './validate-document.js';
import { validateAgainst, type ValidationResult } from './validate.js';

type Json = Record<string, unknown>;
const validateQuote = (input: unknown, baseUrl?: string): ValidationResult<QuoteModel> => validateAgainst(quoteSchema, 'quote', input, baseUrl);

function errors(result: ValidationResult<unknown>) {
  return result.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.path);
}

describe('validate: quote', () => {
  let aliyev: Json;
  beforeEach(async () => {
    aliyev = await readFixture('quote-aliyev.ru.json');
  });

  it('accepts the demo quote with no issues and normalises it', () => {
    const result = validateQuote(aliyev, 'https://partner.example/data/quote.json');
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.issues).to.deep.equal([]);
    expect(result.model.speaker.name).to.equal('Ильхам Алиев');
    expect(result.model.date?.precision).to.equal('month');
    expect(result.model.speaker.image).to.equal('https://partner.example/img/aliyev.svg');
  });

  it('rejects what is not a quote, naming each problem by JSON path', () => {
    expect(errors(validateQuote(null))).to.deep.equal(['']);
    expect(errors(validateQuote([aliyev]))).to.deep.equal(['']);
    expect(errors(validateQuote({ ...aliyev, type: 'timeline' }))).to.deep.equal(['type']);
    expect(errors(validateQuote({ ...aliyev, text: '  ' }))).to.deep.equal(['text']);
    expect(errors(validateQuote({ ...aliyev, text: 42 }))).to.deep.equal(['text']);
    expect(errors(validateQuote({ ...aliyev, speaker: { role: 'x' } }))).to.deep.equal(['speaker.name']);
    expect(errors(validateQuote({ ...aliyev, speaker: 'Алиев' }))).to.deep.equal(['speaker']);
    expect(errors(validateQuote({ type: 'quote' }))).to.deep.equal(['text', 'speaker']);
  });

  it('reports an unknown version with its own code', () => {
    const result = validateQuote({ ...aliyev, version: 2 });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.code).to.equal('unsupported-version');
    expect(errors(result)).to.deep.equal(['version']);
  });

  it('drops unsafe URLs and invalid optional fields with a warning, and keeps the rest', () => {
    const result = validateQuote({
      ...aliyev,
      url: 'javascript:alert(1)',
      speaker: { name: 'Ильхам Алиев', image: 'data:image/svg+xml,<svg onload=alert(1)>', url: 'vbscript:x' },
      source: { name: 'Интерфакс', url: 'JAVA\tSCRIPT:alert(1)' },
      date: '2025-13-45',
      translation: { lang: 'en' },
    });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.issues.map((issue) => [issue.path, issue.severity])).to.deep.equal([
      ['speaker.image', 'warning'],
      ['speaker.url', 'warning'],
      ['source.url', 'warning'],
      ['date', 'warning'],
      ['url', 'warning'],
      ['translation.text', 'warning'],
    ]);
    expect(result.model.url).to.equal(undefined);
    expect(result.model.speaker).to.deep.equal({ name: 'Ильхам Алиев' });
    expect(result.model.source).to.deep.equal({ name: 'Интерфакс' });
    expect(result.model.translation).to.equal(undefined);
  });

  it('leaves unknown fields out of the model with a warning, and never throws, whatever it is given', () => {
    const result = validateQuote({ ...aliyev, unknownField: { deep: true } });
    expect(result.ok && 'unknownField' in result.model).to.equal(false);
    expect(result.issues).to.deep.equal([{ path: 'unknownField', message: 'unknown field', severity: 'warning' }]);
    const cyclic: Json = { type: 'quote', text: 'x', speaker: { name: 'y' } };
    cyclic.self = cyclic;
    for (const input of [undefined, 0, '', 'quote', true, [], {}, cyclic, Object.create(null), { type: 'quote', text: 'x', speaker: { name: 'y' }, version: null }]) {
      expect(() => validateQuote(input)).not.to.throw();
    }
  });
});

describe('validate: unknown fields', () => {
  const warnings = (result: ValidationResult<unknown>) =>
    result.issues.filter((issue) => issue.severity === 'warning').map((issue) => `${issue.path}: ${issue.message}`);

  it('warns about each misspelt field by path, with the nearest known name, and still accepts the document', async () => {
    const aliyev: Json = await readFixture('quote-aliyev.ru.json');
    const result = validateQuote({ ...aliyev, contxt: 'x', speaker: { ...(aliyev.speaker as Json), title: 'Президент', nmae: 'x' } });
    expect(result.ok).to.equal(true);
    expect(warnings(result)).to.deep.equal([
      'speaker.title: unknown field',
      'speaker.nmae: unknown field; did you mean `name`?',
      'contxt: unknown field; did you mean `context`?',
    ]);
  });

  it('reads an event\'s or a block\'s fields by its own rules, and a timeline\'s category names as names', () => {
    const timeline = validateDocument({
      type: 'timeline',
      categories: { anything: { label: 'Any', colour: '#fff' } },
      events: [{ date: '2024', title: 'x', headline: 'y', dateLable: 'z' }],
    });
    expect(warnings(timeline)).to.deep.equal([
      'categories.anything.colour: unknown field; did you mean `color`?',
      'events[0].headline: unknown field',
      'events[0].dateLable: unknown field; did you mean `dateLabel`?',
    ]);
    const article = validateDocument({ type: 'article', headline: 'h', body: [{ type: 'paragraph', txt: 'x', text: 'y' }] });
    expect(warnings(article)).to.deep.equal(['body[0].txt: unknown field; did you mean `text`?']);
  });

  it('says nothing about type, version and $-keys such as $schema', () => {
    const result = validateDocument({ $schema: 'https://unpkg.com/lede-widgets/dist/lede.schema.json', type: 'quote', version: 1, text: 'x', speaker: { name: 'y', $comment: 'z' } });
    expect(result.issues).to.deep.equal([]);
  });

  it('finds no unknown field in any demo document', async () => {
    for (const name of ['dushanbe-meeting.en.json', 'dushanbe-meeting.ru.json', 'quote-aliyev-relations.ru.json', 'quote-aliyev.ru.json', 'quote-putin.ru.json', 'sample-article.ar.json', 'timeline-russia-azerbaijan.en.json', 'timeline-russia-azerbaijan.ru.json']) {
      expect(validateDocument(await readFixture(name)).issues.filter((issue) => issue.message.startsWith('unknown field')), name).to.deep.equal([]);
    }
  });
});

describe('validate: timeline', () => {
  const event = (fields: Json) => ({ title: 'Событие', ...fields });

  it('sorts events by date, ties in file order, and drops invalid events with warnings', () => {
    const result = validateDocument({
      type: 'timeline',
      categories: { incident: { label: 'Инцидент', color: '#c0392b' } },
      events: [
        event({ id: 'c', date: '2025-10-07' }),
        event({ id: 'bad-date', date: '2025-13-45' }),
        event({ id: 'a', date: '2024-12-25', category: 'incident' }),
        event({ id: 'month', date: '2024-12' }),
        { id: 'no-title', date: '2025-01-01' },
        event({ id: 'a', date: '2026-01-01' }),
        event({ id: 'same-day-2', date: '2025-10-07' }),
        event({ id: 'unknown-category', date: '2025-03', category: 'nope' }),
      ],
    }, 'timeline');
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.model.events.map((e) => e.id)).to.deep.equal(['month', 'a', 'unknown-category', 'c', 'same-day-2']);
    expect(result.issues.map((issue) => issue.path)).to.deep.equal(['events[1].date', 'events[4].title', 'events[5].id', 'events[7].category']);
    expect(result.issues.every((issue) => issue.severity === 'warning')).to.equal(true);
    expect(result.model.events[2].category).to.equal(undefined);
  });

  it('is an error when no valid event is left, naming why the first ones were left out', () => {
    const result = validateDocument({ type: 'timeline', events: [{ date: 'soon', title: 'x' }] }, 'timeline');
    expect(result.ok).to.equal(false);
    expect(errors(result)).to.deep.equal(['events']);
    expect(result.issues.at(-1)?.message).to.equal('no valid item left (events[0].date: not an ISO 8601 date)');
    const many = validateDocument({ type: 'timeline', events: [{ title: 'a' }, { date: '2024' }, 3, { date: 'soon', title: 'x' }, {}] }, 'timeline');
    expect(many.issues.at(-1)?.message).to.equal(
      'no valid item left (events[0].date: is required; events[1].title: is required; events[2]: must be an object; 2 more)',
    );
  });
});

describe('validate: article', () => {
  it('leaves out a quote or timeline block whose only content was an unsafe src', () => {
    const result = validateDocument({
      type: 'article',
      headline: 'Заголовок',
      body: [
        { type: 'paragraph', text: 'Первый абзац.' },
        { type: 'timeline', src: 'javascript:alert(1)' },
        { type: 'quote', src: 'data:application/json,{}' },
      ],
    }, 'article', 'https://partner.example/story.json');
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.model.body).to.have.length(1);
    const paths = result.issues.map((issue) => issue.path);
    expect(paths).to.include.members(['body[1].src', 'body[1].events', 'body[2].src', 'body[2].text']);
  });

  it('leaves out a bad block, warns on an unknown block type, and sanitises html', () => {
    const result = validateDocument({
      type: 'article',
      headline: 'Заголовок',
      body: [
        { type: 'paragraph', text: 'Первый абзац.' },
        { type: 'list', items: [] },
        { type: 'video', src: 'x.mp4' },
        { type: 'paragraph', html: 'по данным <a href="javascript:alert(1)" onclick="x()">«Интерфакса»</a><script>alert(1)</script>' },
        { type: 'quote', src: 'quote.json' },
      ],
    }, 'article', 'https://partner.example/story.json');
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.issues.map((issue) => issue.path)).to.deep.equal(['body[1].items', 'body[2].type']);
    expect(result.model.body.map((block) => block.type)).to.deep.equal(['paragraph', 'paragraph', 'quote']);
    const quote = result.model.body[2];
    expect(quote.type === 'quote' && quote.src).to.equal('https://partner.example/quote.json');
    const paragraph = result.model.body[1];
    expect(paragraph.type === 'paragraph' && paragraph.html).to.deep.equal(['по данным ', { tag: 'a', attributes: {}, children: ['«Интерфакса»'] }]);
  });

  it('needs a headline and at least one block', () => {
    expect(errors(validateDocument({ type: 'article', body: [] }, 'article'))).to.deep.equal(['headline', 'body']);
  });
});

describe('validate: nesting', () => {
  const DEPTH = 100_000;
  /** `[[[…]]]`, DEPTH lists deep, built without recursion. */
  function deepList(): unknown {
    let value: unknown = [];
    for (let level = 1; level < DEPTH; level++) value = [value];
    return value;
  }
  const tooDeep = (path: string) => [{ path, message: 'nested deeper than 64', severity: 'error' }];
  const lists = (count: number) => '[0]'.repeat(count);

  it('names a 100,000-deep input by path, as one issue, without a RangeError', () => {
    const parsedLists = JSON.parse(`${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`);
    expect(validateDocument(parsedLists)).to.deep.equal({ ok: false, code: 'invalid-data', issues: tooDeep(lists(64)) });
    const objects = JSON.parse(`${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`);
    expect(validateDocument(objects).issues).to.deep.equal(tooDeep(Array(64).fill('a').join('.')));
    // Deep inside an otherwise valid quote, in a field the widget does not even read.
    const quote = { type: 'quote', text: 't', speaker: { name: 'n' }, extra: deepList() };
    expect(validateDocument(quote).issues).to.deep.equal(tooDeep(`extra${lists(63)}`));
    expect(validateQuote(quote).issues).to.deep.equal(tooDeep(`extra${lists(63)}`));
    // A cycle in a data object is as deep as it gets.
    const cyclic: Json = { type: 'quote', text: 't', speaker: { name: 'n' } };
    cyclic.self = cyclic;
    expect(validateDocument(cyclic).ok).to.equal(false);
  });

  it('accepts 64 levels and refuses 65', () => {
    const nested = (levels: number) => {
      let value: unknown = 1;
      for (let level = 0; level < levels; level++) value = [value];
      return value;
    };
    // The document is level 1, so `extra` may hold 63 lists.
    expect(validateDocument({ type: 'quote', text: 't', speaker: { name: 'n' }, extra: nested(63) }).ok).to.equal(true);
    expect(validateDocument({ type: 'quote', text: 't', speaker: { name: 'n' }, extra: nested(64) }).issues).to.deep.equal(tooDeep(`extra${lists(63)}`));
  });

  describe('in a widget', () => {
    let pageErrors: ErrorEvent[];
    const onError = (event: ErrorEvent) => pageErrors.push(event);
    beforeEach(() => {
      pageErrors = [];
      window.addEventListener('error', onError);
      stub(console, 'error');
      stub(console, 'warn');
    });
    afterEach(() => {
      window.removeEventListener('error', onError);
      restore();
      unmountAll();
    });

    async function expectTooDeep(element: LedeElement<DocumentType>, path: string) {
      const event = await settled(element);
      expect(event.type).to.equal('lede-error');
      expect(event.detail.code).to.equal('invalid-data');
      expect(event.detail.issues).to.deep.equal(tooDeep(path));
      expect(element.state).to.equal('error');
      expect(pageErrors).to.deep.equal([]);
    }

    it('gives lede-error with the path for 100,000-deep data', async () => {
      const element = mount<LedeElement<'quote'>>('<lede-quote></lede-quote>');
      setData(element, { type: 'quote', text: 't', speaker: { name: 'n' }, extra: deepList() });
      await expectTooDeep(element, `extra${lists(63)}`);
    });

    it('gives lede-error with the path for a 100,000-deep document fetched from src', async () => {
      const url = `/fault/doc?key=deep-${Date.now()}`;
      const body = `{"type":"timeline","events":[{"date":"2024","title":"t","extra":${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}]}`;
      await fetch(url, { method: 'POST', body });
      await expectTooDeep(mount(`<lede-timeline src="${url}"></lede-timeline>`), `events[0].extra${lists(61)}`);
    });

    it('gives lede-error with the path for a deep event in a long timeline (checked in slices)', async () => {
      const events = Array.from({ length: 1500 }, (_, index) => ({ date: '2024', title: `e${index}` }));
      const element = mount<LedeElement<'timeline'>>('<lede-timeline></lede-timeline>');
      element.data = { type: 'timeline', events: events.map((event, index) => (index === 1200 ? { ...event, extra: deepList() } : event)) };
      await expectTooDeep(element, `events[1200].extra${lists(61)}`);
    });
  });
});
