// The front page shows the seed story; ?doc=en|ar, ?theme=dark and ?width=375
// show the same page in English, Arabic (right to left), dark, or in a narrow column.
const params = new URLSearchParams(location.search);
const story = document.querySelector('#story');
const documents = {
  en: ['data/dushanbe-meeting.en.json', 'en'],
  ar: ['data/sample-article.ar.json', 'ar'],
};
const chosen = documents[params.get('doc')];
if (chosen) {
  story.replaceChildren();
  story.setAttribute('src', chosen[0]);
  document.documentElement.lang = chosen[1];
  if (chosen[1] === 'ar') document.documentElement.dir = 'rtl';
}
if (params.get('theme') === 'dark') {
  story.setAttribute('theme', 'dark');
  document.body.classList.add('dark-page');
}
if (params.get('width')) document.querySelector('#frame').classList.add('narrow');
