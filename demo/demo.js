// The demo's one script of its own: shows the `data` property path, the way a
// framework or CMS script would use it. No inline script, so the page runs
// under a strict Content-Security-Policy.
const relations = await fetch('data/quote-aliyev-relations.ru.json').then((response) => response.json());
for (const element of document.querySelectorAll('[data-demo="relations"]')) {
  element.data = { ...relations, speaker: { ...relations.speaker, image: 'img/aliyev.svg' } };
}
document.querySelector('#events')?.addEventListener('lede-share', (event) => {
  document.querySelector('#events-log').textContent = `lede-share: ${JSON.stringify(event.detail)}`;
});
