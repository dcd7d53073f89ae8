import { expect } from '@open-wc/testing';
import { luminance, readableTextOn } from './contrast.js';

const ratio = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);

describe('readableTextOn', () => {
  it('reads the luminance of short and long hex colours', () => {
    expect(luminance('#000')).to.equal(0);
    expect(luminance('#ffffff')).to.equal(1);
    expect(luminance('#c0392b')).to.be.closeTo(0.143, 0.001);
  });

  it('picks the text colour with at least 4.5:1 contrast on any background', () => {
    for (let value = 0; value < 4096; value += 7) {
      const hex = `#${value.toString(16).padStart(3, '0')}`;
      const text = readableTextOn(hex);
      const contrast = ratio(luminance(hex), text === '#000' ? 0 : 1);
      expect(contrast, `${text} on ${hex}`).to.be.at.least(4.5);
    }
  });
});
