import { expect } from '@open-wc/testing';
import { validateDocument } from '../data/validate-document.js';
import { importCsv } from './csv.js';
import { parseCsvRows } from './csv-rows.js';
import { importTimelineJsJson } from './timelinejs.js';

// The importers run in the playground too: the same conversions in each engine, without a DOM.
describe('import (in the browser, as the playground will run it)', () => {
  it('reads quoted fields with commas, quotes, line breaks and CRLF, and rows pasted from a spreadsheet (tabs)', () => {
    expect(parseCsvRows('\uFEFFa,b\r\n"x, y","say ""hi""\nthen go"\r\n')).to.deep.equal({ ok: true, rows: [['a', 'b'], ['x, y', 'say "hi"\nthen go']] });
    expect(parseCsvRows('Year\tHeadline\n2024\tA, with a comma\n')).to.deep.equal({ ok: true, rows: [['Year', 'Headline'], ['2024', 'A, with a comma']] });
    expect(parseCsvRows('a\n"never closed')).to.deep.equal({ ok: false, error: 'line 2: a quoted field is never closed' });
  });

  it('turns pasted spreadsheet rows into a timeline the validator accepts', () => {
    const result = importCsv('Year\tMonth\tDay\tHeadline\tText\tGroup\tType\n\t\t\tTitle\t<p>About</p>\t\ttitle\n2024\t12\t25\tA\t<b>Bold</b> text\tNews\t\n');
    if (!result.ok) throw new Error(result.error);
    expect(result.document).to.deep.equal({
      type: 'timeline', version: 1, title: 'Title', description: 'About',
      categories: { news: { label: 'News' } },
      events: [{ date: '2024-12-25', title: 'A', text: 'Bold text', category: 'news' }],
    });
    expect(validateDocument(result.document)).to.include({ ok: true });
  });

  it('converts a TimelineJS file: HTML through the sanitiser, javascript: media with a warning', () => {
    const result = importTimelineJsJson(JSON.stringify({
      events: [{ start_date: { year: 1969, month: 7, day: 20 }, text: { headline: 'Moon <script>alert(1)</script>landing' }, media: { url: 'javascript:alert(1)' } }],
    }));
    if (!result.ok) throw new Error(result.error);
    expect(result.document.events).to.deep.equal([{ date: '1969-07-20', title: 'Moon landing' }]);
    expect(result.warnings.map((warning) => warning.path)).to.deep.equal(['events[0].text.headline', 'events[0].media.url']);
  });
});
