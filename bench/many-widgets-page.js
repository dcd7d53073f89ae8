// Creates and removes widgets in rounds: each round mounts ROUND widgets of the
// three kinds (data, inline JSON and src, some removed while still fetching),
// waits for those that stay to settle, then removes them all.
const fixtures = await Promise.all(
  ['quote-aliyev.ru.json', 'timeline-russia-azerbaijan.ru.json', 'sample-article.ar.json'].map(async (name) => (await fetch(`/demo/data/${name}`)).json()),
);
const TAGS = ['lede-quote', 'lede-timeline', 'lede-article'];
const SOURCES = ['/demo/data/quote-aliyev.ru.json', '/demo/data/timeline-russia-azerbaijan.ru.json', '/demo/data/sample-article.ar.json'];

let pending = 0;
const realFetch = window.fetch;
window.fetch = (...args) => {
  pending++;
  return realFetch(...args).finally(() => pending--);
};

const settled = (element) =>
  new Promise((resolve) => {
    element.addEventListener('lede-load', resolve, { once: true });
    element.addEventListener('lede-error', resolve, { once: true });
  });

window.cycle = async (count, round = 100) => {
  for (let done = 0; done < count; done += round) {
    const container = document.createElement('div');
    const waits = [];
    for (let i = 0; i < round; i++) {
      const kind = i % 3;
      const element = document.createElement(TAGS[kind]);
      if (i % 4 === 0) element.setAttribute('src', SOURCES[kind]);
      else if (i % 4 === 1) {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(fixtures[kind]);
        element.append(script);
      } else element.data = fixtures[kind];
      if (i % 10 !== 9) waits.push(settled(element));
      container.append(element);
    }
    document.body.append(container);
    // Every tenth widget leaves while it may still be loading.
    [...container.children].forEach((element, i) => i % 10 === 9 && element.remove());
    await Promise.all(waits);
    container.remove();
  }
  await new Promise((resolve) => setTimeout(resolve, 200));
  return { pendingFetches: pending, elementsLeft: document.querySelectorAll('lede-quote, lede-timeline, lede-article').length };
};
window.ready = true;
