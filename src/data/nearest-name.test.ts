import { expect } from '@open-wc/testing';
import { editDistance, nearestName } from './nearest-name.js';

describe('nearestName', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('contxt', 'context')).to.equal(1);
    expect(editDistance('scr', 'src')).to.equal(1);
    expect(editDistance('titel', 'title')).to.equal(1);
    expect(editDistance('colapsed-after', 'collapsed-after')).to.equal(1);
    expect(editDistance('', 'url')).to.equal(3);
    expect(editDistance('same', 'same')).to.equal(0);
  });

  it('suggests the nearest known name for a slip, ignoring case', () => {
    expect(nearestName('contxt', ['id', 'text', 'context', 'url'])).to.equal('context');
    expect(nearestName('scr', ['src', 'data', 'locale'])).to.equal('src');
    expect(nearestName('datelabel', ['date', 'dateLabel'])).to.equal('dateLabel');
    expect(nearestName('nme', ['name', 'role'])).to.equal('name');
  });

  it('suggests nothing for a name that is not near any known one', () => {
    expect(nearestName('headline', ['id', 'date', 'title', 'text', 'url'])).to.equal(undefined);
    expect(nearestName('title', ['name', 'role', 'image', 'url'])).to.equal(undefined);
    // Two edits are too many for a name of three letters.
    expect(nearestName('id', ['src'])).to.equal(undefined);
    expect(nearestName('anything', [])).to.equal(undefined);
  });
});
