import { expect } from '@open-wc/testing';
import { chooseSource } from './load.js';

const page = 'https://news.example/2024/story.html';

describe('chooseSource', () => {
  it('takes the data property over inline JSON and src', () => {
    const data = { type: 'quote' };
    expect(chooseSource(data, '{"type":"timeline"}', 'other.json', page)).to.deep.equal({ parsedJson: data, baseUrl: page });
  });

  it('takes data that is not an object as it is: validation says why it is wrong', () => {
    expect(chooseSource(null, undefined, 'other.json', page)).to.deep.equal({ parsedJson: null, baseUrl: page });
  });

  it('parses inline JSON when there is no data property, over src', () => {
    expect(chooseSource(undefined, ' {"type":"quote","text":"Да"} ', 'other.json', page)).to.deep.equal({
      parsedJson: { type: 'quote', text: 'Да' },
      baseUrl: page,
    });
  });

  it('says why inline JSON does not parse, empty or cut short', () => {
    for (const text of ['', '{"type":"quote",']) {
      const source = chooseSource(undefined, text, 'other.json', page);
      expect(source).to.have.property('error').that.contains('SyntaxError');
    }
  });

  it('resolves src against the page when there is neither', () => {
    expect(chooseSource(undefined, undefined, '../data/quote.json', page)).to.deep.equal({ url: 'https://news.example/data/quote.json' });
  });

  it('has nothing to load without data, inline JSON or src', () => {
    expect(chooseSource(undefined, undefined, undefined, page)).to.equal(undefined);
    expect(chooseSource(undefined, undefined, '', page)).to.equal(undefined);
  });

  it('throws for a src that is no URL, so the element fails as for a fetch', () => {
    expect(() => chooseSource(undefined, undefined, 'https://[bad', page)).to.throw();
  });
});
