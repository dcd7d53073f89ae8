import { expect } from '@open-wc/testing';
import { restore, stub, useFakeTimers } from 'sinon';
import type { LedeShareDetail } from '../events.js';
import { shareLink, shareUrl } from './sharing.js';

describe('sharing', () => {
  const share = Object.getOwnPropertyDescriptor(navigator, 'share');
  let reported: LedeShareDetail[];
  let copied: boolean[];
  const shareIt = (url: string, text?: string) =>
    shareLink(url, text, (detail) => reported.push(detail), (shown) => copied.push(shown));

  beforeEach(() => {
    reported = [];
    copied = [];
  });

  afterEach(() => {
    restore();
    if (share) Object.defineProperty(navigator, 'share', share);
    else delete (navigator as { share?: unknown }).share;
  });

  it('shares the page without its fragment, or with the one given', () => {
    expect(shareUrl()).to.equal(location.href.split('#')[0]);
    expect(shareUrl('x-1')).to.equal(`${location.href.split('#')[0]}#x-1`);
  });

  it('copies the link where there is no Web Share, reports it, and shows it copied for four seconds', async () => {
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    const write = stub(navigator.clipboard, 'writeText').resolves();
    const clock = useFakeTimers({ toFake: ['setTimeout'] });
    await shareIt('https://partner.example/a', 'words');
    expect(write.firstCall.args[0]).to.equal('https://partner.example/a');
    expect(reported).to.deep.equal([{ url: 'https://partner.example/a', method: 'clipboard' }]);
    expect(copied).to.deep.equal([true]);
    clock.tick(3999);
    expect(copied).to.deep.equal([true]);
    clock.tick(1);
    expect(copied).to.deep.equal([true, false]);
  });

  it('uses the Web Share API where present, with the text, and shows nothing copied', async () => {
    const calls: ShareData[] = [];
    Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void calls.push(data), configurable: true });
    await shareIt('https://partner.example/q', 'words');
    expect(calls).to.deep.equal([{ url: 'https://partner.example/q', text: 'words' }]);
    expect(reported).to.deep.equal([{ url: 'https://partner.example/q', method: 'share' }]);
    expect(copied).to.deep.equal([]);
  });

  it('reports nothing when the reader closes the share sheet or the clipboard is refused', async () => {
    Object.defineProperty(navigator, 'share', { value: () => Promise.reject(new DOMException('closed', 'AbortError')), configurable: true });
    await shareIt('https://partner.example/q');
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    stub(navigator.clipboard, 'writeText').rejects(new DOMException('denied', 'NotAllowedError'));
    await shareIt('https://partner.example/q');
    expect(reported).to.deep.equal([]);
    expect(copied).to.deep.equal([]);
  });
});
