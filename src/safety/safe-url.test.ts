import { expect } from '@open-wc/testing';
import { safeUrl } from './safe-url.js';
import { HIDING_CHARACTERS, URL_CORPUS } from '../test/xss-corpus.js';

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

  // Issue 17.9: the server render wrote "\u2028javascript:…" trimmed to "javascript:…".
  it('writes what it checked: no hiding character before a scheme survives, however the result is read', () => {
    const page = 'https://partner.example/news/story.html';
    for (const value of URL_CORPUS) {
      for (const base of [undefined, 'https://partner.example/data/story.json']) {
        const written = safeUrl(value, base, ['http:', 'https:', 'mailto:']);
        if (written === null) continue;
        const label = `${JSON.stringify(value)} (base ${base}) -> ${JSON.stringify(written)}`;
        // A browser reads it as written; a careless consumer trims it first.
        for (const read of [written, written.trim()]) expect(['http:', 'https:', 'mailto:'], label).to.include(new URL(read, page).protocol);
        // The serialised form: ASCII, so no later step can strip or fold a character of it.
        expect(written, label).to.match(/^[\x21-\x7e]*$/);
      }
    }
  });

  it('keeps a hidden-scheme prefix as a percent-encoded relative path, on the page or on the document', () => {
    expect(safeUrl('\u2028javascript:alert(1)')).to.equal('%E2%80%A8javascript:alert(1)');
    expect(safeUrl('\u00a0javascript:alert(1)', 'https://partner.example/data/q.json')).to.equal('https://partner.example/data/%C2%A0javascript:alert(1)');
    for (const character of HIDING_CHARACTERS) {
      const written = safeUrl(`${character}javascript:alert(1)`);
      expect(written === null || !/^\s*javascript:/i.test(written.trim()), JSON.stringify(character)).to.equal(true);
    }
  });

  it('relative URLs stay as written without a base, less what the URL parser strips, in ASCII', () => {
    expect(safeUrl(' \t./img/a\n.jpg\u0000')).to.equal('./img/a.jpg');
    expect(safeUrl('статья.html#глава')).to.equal('%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F.html#%D0%B3%D0%BB%D0%B0%D0%B2%D0%B0');
    expect(safeUrl('.')).to.equal('.');
    expect(safeUrl('?page=2')).to.equal('?page=2');
    expect(safeUrl('./?page=2')).to.equal('./?page=2');
    expect(safeUrl('./a:b.html')).to.equal('./a:b.html');
    expect(safeUrl('a b.html')).to.equal('a%20b.html');
    // Another site however written: written as the URL it is.
    expect(safeUrl('//evil.example/x')).to.equal('https://evil.example/x');
    expect(safeUrl('\\\\evil.example/x')).to.equal('https://evil.example/x');
    expect(safeUrl('%6Aavascript:alert(1)')).to.equal('%6Aavascript:alert(1)');
  });

  it('keeps a 100 KB relative URL', () => {
    const long = 'a/'.repeat(50_000);
    expect(safeUrl(long)).to.equal(long);
  });
});
