import { expect, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { chunkedRendering, chunkOf, chunkStart } from './chunked-rendering.js';

/** A bare list of `count` items that renders them as chunkedRendering says, with a stand-in per chunk not rendered. */
class ChunkedList extends LitElement {
  static override properties = { count: { type: Number } };
  count = 0;
  placesNoted = 0;
  chunks = chunkedRendering(this, () => this.count, () => this.placesNoted++);

  protected override render(): unknown {
    const parts = [];
    for (let chunk = 0; chunkStart(chunk) < this.count; chunk++) {
      const end = Math.min(this.count, chunkStart(chunk + 1));
      parts.push(
        this.chunks.isRendered(chunk)
          ? Array.from({ length: end - chunkStart(chunk) }, (_, offset) => html`<li data-index=${chunkStart(chunk) + offset}>${chunkStart(chunk) + offset}</li>`)
          : html`<li class="gap" data-chunk=${chunk} style="height: ${(end - chunkStart(chunk)) * 40}px"></li>`,
      );
    }
    return html`<ol>${parts}</ol>`;
  }
}
customElements.define('chunked-list', ChunkedList);

describe('chunkedRendering', () => {
  const items = (list: ChunkedList) => list.renderRoot.querySelectorAll('li[data-index]').length;

  async function listOf(count: number): Promise<ChunkedList> {
    const list = Object.assign(new ChunkedList(), { count });
    document.body.append(list);
    await list.updateComplete;
    return list;
  }

  afterEach(() => {
    document.body.replaceChildren();
    scrollTo(0, 0);
  });

  it('cuts the list into a small first chunk and larger ones after it', () => {
    expect([0, 1, 2, 3].map(chunkStart)).to.deep.equal([0, 25, 125, 225]);
    expect([0, 24, 25, 124, 125].map(chunkOf)).to.deep.equal([0, 0, 1, 1, 2]);
  });

  it('shows the first chunk at once and renders the rest of a short list in the background', async () => {
    const list = await listOf(300);
    expect(items(list)).to.equal(25);
    await waitUntil(() => items(list) === 300, 'every item rendered in the background');
  });

  it('renders a long list only as far as it is read, and the chunk a position needs at once', async () => {
    const list = await listOf(1_000);
    expect(items(list)).to.be.below(1_000);
    list.chunks.jumpTo(900);
    await list.updateComplete;
    expect(list.renderRoot.querySelector('li[data-index="900"]')).to.exist;
    expect(list.chunks.isRendered(chunkOf(500))).to.equal(false);
  });

  it('renders a chunk as its stand-in nears the screen, noting the reader\'s place first when it is above', async () => {
    const list = await listOf(1_000);
    const gap = list.renderRoot.querySelector<HTMLElement>('li.gap:last-child');
    gap?.scrollIntoView();
    await waitUntil(() => list.chunks.isRendered(Number(gap?.dataset.chunk)), 'the chunk in view rendered');
  });

  it('renders everything before printing, after noting the reader\'s place', async () => {
    const list = await listOf(1_000);
    dispatchEvent(new Event('beforeprint'));
    expect(list.placesNoted).to.equal(1);
    await list.updateComplete;
    expect(items(list)).to.equal(1_000);
  });

  it('starts again from the first chunk', async () => {
    const list = await listOf(1_000);
    list.chunks.renderFirst();
    await list.updateComplete;
    list.chunks.startOver();
    await list.updateComplete;
    expect(items(list)).to.equal(25);
  });

  it('stops listening for printing once taken off the page', async () => {
    const list = await listOf(1_000);
    list.remove();
    dispatchEvent(new Event('beforeprint'));
    expect(list.placesNoted).to.equal(0);
  });
});
