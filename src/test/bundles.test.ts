import { expect } from '@open-wc/testing';

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(script);
  });
}

describe('dist/lede.js', () => {
  it('can be loaded twice without an error, and upgrades elements already in the page', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const early = document.createElement('lede-quote');
    early.innerHTML = `<script type="application/json">${JSON.stringify({ type: 'quote', text: 'Слова', speaker: { name: 'Имя' } })}</script>`;
    document.body.append(early);
    const rendered = new Promise((resolve) => early.addEventListener('lede-load', resolve, { once: true }));
    try {
      await loadScript(`/dist/lede.js?first`);
      await loadScript(`/dist/lede.js?second`);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(customElements.get('lede-quote')).to.be.a('function');
    await rendered;
    expect(early.getAttribute('state')).to.equal('ready');
    expect(early.shadowRoot?.textContent).to.contain('Слова');
    early.remove();
  });
});
