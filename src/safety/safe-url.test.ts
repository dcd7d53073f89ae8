import { expect } from '@open-wc/testing';
import { safeUrl } from './safe-url.js';

describe('safeUrl', () => {
  it('keeps absolute http(s) URLs', () => {
    expect(safeUrl('https://example.com/a?b#c')).to.equal('https://example.com/a?b#c');
    expect(safeUrl('HTTP://EXAMPLE.COM/')).to.equal('http://example.com/');
  });

  it('resolves relative URLs against the document\'s URL, or keeps them relative without one', () => {
    expect(safeUrl('img/a.jpg', 'https://partner.example/data/story.json')).to.equal('https://partner.example/data/img/a.jpg');
    expect(safeUrl('../img/a.jpg', 'https://partner.example/data/story.json')).to.equal('https://partner.example/img/a.jpg');
    expect(safeUrl('img/a.jpg')).to.equal('img/a.jpg');
    expect(safeUrl('/story#quote')).to.equal('/story#quote');
  });

  it('keeps a link to a place on the page as it is, not on the document\'s URL', () => {
    expect(safeUrl('#chronology', 'https://partner.example/data/story.json')).to.equal('#chronology');
    expect(safeUrl(' #x ', 'https://partner.example/data/story.json')).to.equal('#x');
    expect(safeUrl('#')).to.equal('#');
  });

  it('drops every other scheme, however it is disguised', () => {
    const hostile = [
      'javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)',
      'java\rscript:alert(1)', '\u0001javascript:alert(1)', 'javascript\t:alert(1)', 'data:text/html,<script>alert(1)</script>',
      'DATA:image/svg+xml,<svg onload=alert(1)>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'blob:https://x/y', 'ftp://x/',
      'mailto:a@b.c', 'tel:+100', '', '   ',
    ];
    for (const value of hostile) expect(safeUrl(value), JSON.stringify(value)).to.equal(null);
    expect(safeUrl('javascript:alert(1)', 'https://partner.example/')).to.equal(null);
  });

  it('allows mailto only where asked', () => {
    expect(safeUrl('mailto:desk@partner.example', undefined, ['http:', 'https:', 'mailto:'])).to.equal('mailto:desk@partner.example');
  });

  it('treats entity-looking text as a harmless relative path, not a scheme', () => {
    expect(safeUrl('&#106;avascript:alert(1)', 'https://partner.example/')).to.match(/^https:\/\/partner\.example\/&/);
  });
});
