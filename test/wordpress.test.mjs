// The WordPress plugin on a real WordPress (Debian's 6.1, MariaDB, PHP's built-in server):
// the zip installs through "Upload plugin"; an author's and an admin's posts with the block
// and the shortcode show the widget in Chromium, and its fallback with JavaScript off; the
// block editor previews the real widget and lists a broken document's issues; hostile values
// stay inert; pages without a widget load no lede.js. Skipped with one line when the Debian
// packages are missing, except in CI, where that fails.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findEngine } from '../scripts/find-browser.mjs';
import { buildPluginZip } from '../scripts/wordpress-zip.mjs';
import { missingWordPressPackages, startWordPress } from '../scripts/wordpress-site.mjs';

const fixture = (name) => readFileSync(new URL(`../demo/data/${name}`, import.meta.url), 'utf8');
const QUOTE = fixture('quote-aliyev.ru.json');
const TIMELINE = fixture('timeline-russia-azerbaijan.en.json');
const ARTICLE = fixture('sample-article.ar.json');
const quote = JSON.parse(QUOTE);
const timeline = JSON.parse(TIMELINE);
const article = JSON.parse(ARTICLE);
/** Where screenshots go when LEDE_SCREENSHOTS names a directory. */
const SCREENSHOTS = process.env.LEDE_SCREENSHOTS;

const missing = missingWordPressPackages();
const chromiumMissing = findEngine('chromium').missing;
let skip = false;
if (missing.length || chromiumMissing) {
  const install = `sudo apt-get install -y ${[...missing, ...(chromiumMissing ? ['chromium'] : [])].join(' ')}`;
  if (process.env.CI === 'true') throw new Error(`The WordPress test needs ${[...missing, chromiumMissing].filter(Boolean).join(', ')} in CI: ${install}`);
  skip = `WordPress test skipped: ${[...missing, chromiumMissing].filter(Boolean).join(', ')} not installed (${install})`;
  console.log(skip);
}

/** The block editor's attributes: the plugin's editor stores the document with `<`, `>`, `&` as \u escapes (kses). */
function editorBlock(attributes) {
  return block({ ...attributes, document: attributes.document.replace(/[<>&]/g, (character) => `\\u00${character.charCodeAt(0).toString(16)}`) });
}

/** Block attributes as the block editor writes them into post content (serializeAttributes). */
function block(attributes) {
  const json = JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
  return `<!-- wp:lede/widget ${json} /-->`;
}

let site;
let browser;
let zip;
before(async () => {
  if (skip) return;
  zip = buildPluginZip();
  [site, browser] = await Promise.all([startWordPress(), chromium.launch({ executablePath: findEngine('chromium').executablePath, args: CHROMIUM_ARGS })]);
  // A document the site serves, for [lede src]: the plugin itself never reads or fetches it.
  mkdirSync(join(site.site, 'lede-data'));
  writeFileSync(join(site.site, 'lede-data', 'timeline.json'), TIMELINE);
  // A pasted document's relative URLs resolve against the post's address (/?p=…): the
  // fixtures' ../img/ portraits are served from /img/ as a site would host them.
  cpSync(new URL('../demo/img', import.meta.url), join(site.site, 'img'), { recursive: true });
});
after(async () => {
  await browser?.close();
  await site?.stop();
});

/** A browser context whose waits allow for a machine busy with other work (load 25 on 2 cores seen). */
async function newContext(options) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(90_000);
  return context;
}

/** A browser context logged in as `user` through wp-login.php. */
async function logIn(user) {
  const context = await newContext();
  const page = await context.newPage();
  await page.goto(`${site.url}/wp-login.php`);
  await page.fill('#user_login', user);
  await page.fill('#user_pass', site.password);
  await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
  return { context, page };
}

/** Console errors and page errors of a tab, without the favicon's 404. */
function collectErrors(page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Each Lede element of the page: its name, state and the text a reader sees in its shadow root. */
function widgets(page) {
  return page.evaluate(() => {
    const text = (root) =>
      [...root.childNodes]
        .map((node) => {
          if (node.nodeType === Node.TEXT_NODE) return node.data;
          if (node.nodeType !== Node.ELEMENT_NODE || /^(STYLE|SCRIPT|TEMPLATE|SLOT)$/.test(node.tagName)) return '';
          return text(node.shadowRoot ?? node);
        })
        .join('');
    return [...document.querySelectorAll('lede-quote, lede-timeline, lede-article')]
      .filter((element) => !element.parentElement.closest('lede-article'))
      .map((element) => ({ name: element.localName, state: element.getAttribute('state'), text: text(element.shadowRoot ?? element).replace(/\s+/g, ' ') }));
  });
}

/** Resolves when every Lede element of the page has left `loading`. */
function settled(page) {
  return page.waitForFunction(() => {
    const elements = [...document.querySelectorAll('lede-quote, lede-timeline, lede-article, .lede-widgets-auto')];
    return elements.length > 0 && elements.every((element) => ['ready', 'error'].includes(element.getAttribute('state')));
  });
}

function createPosts(posts) {
  return JSON.parse(site.php('posts.php', [], JSON.stringify(posts)));
}

const WIDGET_POSTS = (user) => [
  { user, title: `${user}: quote block`, content: editorBlock({ widgetType: 'quote', document: QUOTE, variant: 'card' }) },
  { user, title: `${user}: timeline block`, content: editorBlock({ widgetType: 'timeline', document: TIMELINE, collapsedAfter: '3', order: 'desc' }) },
  { user, title: `${user}: article block`, content: editorBlock({ widgetType: 'article', document: ARTICLE }) },
  { user, title: `${user}: shortcode with type`, content: `<p>Before.</p>\n[lede src="${site.url}/lede-data/timeline.json" type="timeline" theme="dark" collapsed-after="2" shareable]` },
  { user, title: `${user}: shortcode without type`, content: `[lede src="${site.url}/lede-data/timeline.json" layout="horizontal"]` },
];

let posts;

test('the plugin zip installs through "Upload plugin" and activates', { skip, timeout: 180_000 }, async () => {
  const { context, page } = await logIn('admin');
  try {
    await page.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`);
    await page.setInputFiles('#pluginzip', zip.path);
    await Promise.all([page.waitForURL(/update\.php\?action=upload-plugin/), page.click('#install-plugin-submit')]);
    assert.match(await page.textContent('.wrap'), /Plugin installed successfully/);
    await Promise.all([page.waitForURL(/plugins\.php/), page.click('a:has-text("Activate Plugin")')]);
    assert.equal(await page.locator('tr.active[data-slug="lede-widgets"]').count(), 1, 'Lede widgets is active');
  } finally {
    await context.close();
  }
});

test("an author's, an admin's and a contributor's block and shortcode posts show each widget, upgraded", { skip, timeout: 300_000 }, async () => {
  const written = [...WIDGET_POSTS('author'), ...WIDGET_POSTS('admin'), WIDGET_POSTS('contributor')[1]];
  posts = createPosts(written);
  // kses ran on the author's and the contributor's content: it left the block's attributes alone.
  for (const [index, post] of posts.entries()) assert.equal(post.content, written[index].content);
  const context = await newContext();
  try {
    // Each post in its own tab, all at once: the PHP server has four workers.
    const seen = await Promise.all(
      posts.map(async (post) => {
        const page = await context.newPage();
        const errors = collectErrors(page);
        await page.goto(post.url);
        await settled(page);
        const found = await widgets(page);
        const attributes = await page.evaluate(() => Object.fromEntries([...document.querySelector('lede-quote, lede-timeline, lede-article').attributes].map(({ name, value }) => [name, value])));
        await page.close();
        return { url: post.url, found, attributes, errors };
      }),
    );
    // One at a time: a full-page screenshot of a background tab repeats its first screen.
    for (const post of SCREENSHOTS ? posts.filter(({ title }) => /^admin: (quote|timeline) block/.test(title)) : []) {
      const page = await context.newPage();
      await page.goto(post.url);
      await settled(page);
      await page.screenshot({ path: join(SCREENSHOTS, `lede-wordpress-${post.title.split(' ')[1]}.png`), fullPage: true });
      await page.close();
    }
    for (const { url, found, errors } of seen) {
      const [widget, ...others] = found;
      assert.equal(others.length, 0, url);
      assert.equal(widget.state, 'ready', `${url}: ${JSON.stringify(widget)}`);
      if (widget.name === 'lede-quote') {
        assert.ok(widget.text.includes(quote.text.slice(0, 40)), widget.text);
        assert.ok(widget.text.includes(quote.speaker.name));
      } else if (widget.name === 'lede-timeline') {
        assert.ok(widget.text.includes(timeline.title), widget.text);
        assert.ok(widget.text.includes(timeline.events[0].title) || widget.text.includes(timeline.events.at(-1).title));
      } else {
        assert.ok(widget.text.includes(article.headline), widget.text);
      }
      assert.deepEqual(errors, [], url);
    }
    assert.deepEqual(seen.map(({ found }) => found[0].name), [...Array(2).fill(['lede-quote', 'lede-timeline', 'lede-article', 'lede-timeline', 'lede-timeline']).flat(), 'lede-timeline']);
    const [withType, withoutType] = [seen[3].attributes, seen[4].attributes];
    assert.equal(withType.theme, 'dark');
    assert.equal(withType['collapsed-after'], '2');
    assert.equal(withType.shareable, '');
    assert.equal(withoutType.layout, 'horizontal', 'the shortcode without type= became a timeline from the document');
  } finally {
    await context.close();
  }
});

test('with JavaScript off, the block posts show a readable fallback in the document\'s language', { skip, timeout: 180_000 }, async () => {
  const context = await newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    const read = async (post) => {
      await page.goto(post.url);
      return page.evaluate(() => {
        const fallback = document.querySelector('.lede-widgets-fallback');
        return { text: fallback.innerText, lang: fallback.lang, dir: fallback.dir };
      });
    };
    const [quoteFallback, timelineFallback, articleFallback] = [await read(posts[0]), await read(posts[1]), await read(posts[2])];
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'lede-wordpress-no-javascript.png'), fullPage: true });
    assert.ok(quoteFallback.text.includes(quote.text.slice(0, 40)), quoteFallback.text);
    assert.ok(quoteFallback.text.includes(quote.speaker.name));
    assert.equal(quoteFallback.lang, 'ru');
    for (const event of timeline.events) assert.ok(timelineFallback.text.includes(event.title), `"${event.title}" in the fallback`);
    assert.ok(articleFallback.text.includes(article.headline));
    assert.deepEqual([articleFallback.lang, articleFallback.dir], ['ar', 'rtl']);
  } finally {
    await context.close();
  }
});

test('lede.js is requested only by pages with a widget', { skip, timeout: 180_000 }, async () => {
  const [plain] = createPosts([{ user: 'author', title: 'No widget', content: '<p>Just words.</p>' }]);
  const context = await newContext();
  try {
    const scriptRequests = async (url) => {
      const page = await context.newPage();
      const requests = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(url, { waitUntil: 'load' });
      await page.close();
      return requests.filter((request) => /\/lede-widgets\/|lede\.js/.test(request));
    };
    assert.deepEqual(await scriptRequests(plain.url), []);
    const withWidget = await scriptRequests(posts[0].url);
    assert.equal(withWidget.filter((url) => /\/assets\/lede\.js/.test(url)).length, 1, withWidget.join('\n'));
  } finally {
    await context.close();
  }
});

test('in the block editor, an author inserts the block, pastes or uploads a document, sees the real widget, then a broken one\'s issues by path, and publishes', { skip, timeout: 300_000 }, async () => {
  const { context, page } = await logIn('author');
  try {
    const errors = collectErrors(page);
    // WordPress's editor asks for the template, settings and categories, which an author may not read.
    const ownErrors = () => errors.filter((error) => !/status of 403 .*rest_route=%2Fwp%2Fv2%2F(templates|settings|categories)/.test(error));
    await page.goto(`${site.url}/wp-admin/post-new.php`);
    await page.click('button[aria-label="Toggle block inserter"]');
    await page.fill('.block-editor-inserter__search input', 'Lede');
    await page.click('button.block-editor-block-types-list__item:has-text("Lede widget")');
    const documentField = page.getByLabel('Document (JSON): paste it here');
    const issues = page.locator('.lede-widgets-editor__issues');

    await documentField.fill(QUOTE);
    await page.waitForSelector('.lede-widgets-editor__preview lede-quote[state="ready"]');
    assert.equal(await issues.locator('.lede-widgets-editor__issues-title').textContent(), 'No issues');
    const preview = await page.evaluate(() => document.querySelector('.lede-widgets-editor__preview lede-quote').shadowRoot.textContent);
    assert.ok(preview.includes(quote.speaker.name), 'the preview is the rendered widget');
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'lede-wordpress-editor.png') });

    const broken = { ...quote, date: '2024-13-45' };
    delete broken.speaker;
    await documentField.fill(JSON.stringify(broken));
    await page.waitForSelector('.lede-widgets-editor__issues[data-count="2"]');
    assert.deepEqual(await issues.locator('li code').allTextContents(), ['speaker', 'date']);
    assert.match(await issues.locator('li').first().textContent(), /speaker is required/);
    if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'lede-wordpress-editor-issues.png') });
    await documentField.fill('{ "type": "quote", ');
    await page.waitForSelector('.lede-widgets-editor__issues li:has-text("Not valid JSON")');

    // An uploaded file does the same as a paste: an article document makes the block an article.
    await page.setInputFiles('.lede-widgets-editor input[type="file"]', { name: 'article.json', mimeType: 'application/json', buffer: Buffer.from(ARTICLE) });
    await page.waitForSelector('.lede-widgets-editor__preview lede-article[state="ready"]');
    assert.equal(await page.getByLabel('Widget', { exact: true }).inputValue(), 'article');

    // A timeline document switches the block to a timeline; its markup characters survive kses.
    const markedTitle = 'Russia & Azerbaijan: <a year> of "tension" </script>';
    await documentField.fill(JSON.stringify({ ...timeline, title: markedTitle }, null, 2));
    await page.waitForSelector('.lede-widgets-editor__preview lede-timeline[state="ready"]');
    assert.equal(await page.getByLabel('Widget', { exact: true }).inputValue(), 'timeline');

    // By URL, the preview fetches the document as readers will.
    await page.getByLabel('URL of a document').check();
    await page.getByLabel('Document URL').fill(`${site.url}/lede-data/timeline.json`);
    await page.waitForSelector('.lede-widgets-editor__preview lede-timeline[src][state="ready"]');
    assert.equal(await issues.locator('.lede-widgets-editor__issues-title').textContent(), 'No issues');
    await page.getByLabel('Paste or upload JSON').check();
    await page.waitForSelector('.lede-widgets-editor__preview lede-timeline:not([src])[state="ready"]');

    await page.fill('.editor-post-title__input, h1.wp-block-post-title', 'Timeline from the editor');
    await page.click('.editor-post-publish-panel__toggle');
    await page.click('.editor-post-publish-panel .editor-post-publish-button');
    await page.waitForSelector('.post-publish-panel__postpublish');
    const link = await page.evaluate(() => window.wp.data.select('core/editor').getPermalink());
    const own = ownErrors();
    assert.equal(own.length, 1, own.join('\n'));
    assert.match(own[0], /^<lede-quote> could not show its data: speaker: is required/, 'the preview reports the broken document as on any page');

    const reader = await newContext();
    const post = await reader.newPage();
    await post.goto(link);
    await settled(post);
    const [widget] = await widgets(post);
    assert.equal(widget.state, 'ready');
    assert.ok(widget.text.includes(markedTitle), widget.text);
    await reader.close();
  } finally {
    await context.close();
  }
});

test('hostile block attributes, documents and shortcode values stay inert, and server files are never read', { skip, timeout: 180_000 }, async () => {
  const hostileQuote = {
    ...quote,
    text: 'Ends </script><script>window.pwned = 1</script> and <!-- opens a comment \u2028 then a line separator',
    speaker: { name: '<img src=x onerror="window.pwned = 1">Speaker [audio src="https://example.test/a.mp3"]' },
    // WordPress expands shortcodes in a block's output: none may come alive inside the inline JSON or the fallback.
    dateLabel: '[lede src="https://example.test/q.json" type="quote"] [caption]x[/caption]',
    context: ']]></lede-quote><script>window.pwned = 1</script>',
  };
  const content = [
    block({
      widgetType: 'quote',
      document: JSON.stringify(hostileQuote),
      theme: 'dark" onmouseover="window.pwned = 1',
      variant: 'pull',
      locale: 'en"><script>window.pwned = 1</script>',
      loading: 'lazy onfocus=x',
    }),
    block({ widgetType: 'timeline', document: TIMELINE, collapsedAfter: '5><script>window.pwned = 1</script>', highlight: 'x" autofocus onfocus="window.pwned = 1', headingLevel: '7' }),
    block({ widgetType: 'script', document: QUOTE }),
    block({ widgetType: 'quote', source: 'url', src: 'javascript:window.pwned = 1' }),
    '[lede src="javascript:window.pwned = 1" type="quote"]',
    '[lede src="file:///etc/passwd" type="quote"]',
    '[lede src="/etc/passwd" type="quote"]',
    '[lede src="../../../../etc/passwd"]',
    `[lede src="${site.url}/lede-data/timeline.json" type="timeline" onload="window.pwned = 1" theme="x&quot; onclick=&quot;window.pwned = 1"]`,
  ].join('\n');
  // An admin's content skips kses: the plugin's own escaping is all that stands between these values and the page.
  const rawTags = `<lede-quote><script type="application/json">${QUOTE}</script></lede-quote>`;
  const [post, authorsRawTags] = createPosts([
    { user: 'admin', title: 'Hostile', content },
    { user: 'author', title: 'Raw tags', content: rawTags },
  ]);
  assert.equal(post.content, content);
  // Raw tags in an author's content are what kses strips: the reason the document lives in attributes.
  assert.ok(!authorsRawTags.content.includes('<lede-quote>') && !authorsRawTags.content.includes('<script'), authorsRawTags.content);

  const html = await (await fetch(post.url)).text();
  assert.ok(!html.includes('root:x:0:0'), 'no server file in the page');
  assert.ok(!html.includes('javascript:'), 'no javascript: URL in the page');
  const inlineJson = html.match(/<lede-quote[^>]*><script type="application\/json">(.*?)<\/script>/s)[1];
  assert.ok(!/[<>\u2028]/.test(inlineJson), `the inline JSON is escaped: ${inlineJson.slice(0, 200)}`);
  assert.deepEqual(JSON.parse(inlineJson), hostileQuote);


  const context = await newContext();
  try {
    const page = await context.newPage();
    const errors = collectErrors(page);
    const dialogs = [];
    page.on('dialog', (dialog) => dialogs.push(dialog.message()) && dialog.dismiss());
    await page.goto(post.url);
    await settled(page);
    const elements = await page.evaluate(() =>
      [...document.querySelectorAll('lede-quote, lede-timeline, lede-article')].map((element) => ({
        name: element.localName,
        attributes: Object.fromEntries([...element.attributes].map(({ name, value }) => [name, value])),
        text: element.shadowRoot?.textContent ?? '',
      })),
    );
    assert.deepEqual(
      elements.map(({ name, attributes }) => [name, attributes]),
      [
        // theme, layout and variant are reflected: their defaults, not the hostile values.
        ['lede-quote', { variant: 'pull', state: 'ready', theme: 'auto' }],
        ['lede-timeline', { highlight: 'x" autofocus onfocus="window.pwned = 1', state: 'ready', theme: 'auto', layout: 'vertical' }],
        // WordPress replaces a widgetType outside block.json's enum ("script") with its default.
        ['lede-quote', { state: 'ready', theme: 'auto', variant: 'card' }],
        ['lede-timeline', { src: `${site.url}/lede-data/timeline.json`, state: 'ready', theme: 'auto', layout: 'vertical' }],
      ],
    );
    assert.ok(elements[0].text.includes('</script><script>window.pwned = 1</script>'), 'the quote shows the markup as text');
    assert.ok(elements[0].text.includes('<img src=x onerror="window.pwned = 1">Speaker'));
    const fallbackText = await page.evaluate(() => document.querySelector('lede-quote .lede-widgets-fallback').textContent);
    assert.ok(fallbackText.includes('Speaker [audio src="https://example.test/a.mp3"]'), `the fallback shows shortcodes as written: ${fallbackText}`);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    assert.equal(await page.locator('[onerror], [onmouseover], [onfocus], [onload], [onclick], audio, figure.wp-caption, [src="https://example.test/q.json"]').count(), 0);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the CDN setting loads the pinned jsDelivr copy with its integrity only when the build recorded the hash', { skip, timeout: 180_000 }, async () => {
  const { name, version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const sha384 = `sha384-${createHash('sha384').update(readFileSync(new URL('../dist/lede.js', import.meta.url))).digest('base64')}`;
  const buildFile = join(site.site, 'wp-content/plugins/lede-widgets/assets/build.json');
  const shipped = readFileSync(buildFile, 'utf8');
  const scriptTag = async () => (await (await fetch(posts[0].url)).text()).match(/<script[^>]*id=['"]lede-widgets-js['"][^>]*>/)?.[0];
  const local = /src=['"][^'"]*\/wp-content\/plugins\/lede-widgets\/assets\/lede\.js\?ver=/;
  assert.match(await scriptTag(), local, "the plugin's own copy by default");

  const { context, page } = await logIn('admin');
  try {
    await page.goto(`${site.url}/wp-admin/options-general.php?page=lede-widgets`);
    const cdnChoice = page.locator('input[name="lede_widgets_script_source"][value="cdn"]');
    // The zip's build.json carries dist/integrity.json's hash for lede.js when the build wrote one.
    const hashInZip = JSON.parse(shipped).integrity;
    assert.equal(await cdnChoice.isDisabled(), !hashInZip, 'the CDN choice is offered only with a hash');
    if (hashInZip) {
      assert.equal(hashInZip, sha384, "the recorded hash is the shipped lede.js's");
    } else {
      site.php('posts.php', ['option', 'lede_widgets_script_source', 'cdn']);
      assert.match(await scriptTag(), local, 'without a hash the CDN is never used');
      writeFileSync(buildFile, JSON.stringify({ package: name, version, integrity: sha384 }));
      await page.reload();
    }
    await cdnChoice.check();
    await Promise.all([page.waitForURL(/settings-updated=true/), page.click('#submit')]);
    const tag = await scriptTag();
    assert.ok(tag.includes(`src='https://cdn.jsdelivr.net/npm/${name}@${version}/dist/lede.js'`), tag);
    assert.ok(tag.includes(`integrity="${sha384}"`) && tag.includes('crossorigin="anonymous"'), tag);
  } finally {
    site.php('posts.php', ['option', 'lede_widgets_script_source', 'plugin']);
    writeFileSync(buildFile, shipped);
    await context.close();
  }
});

test('the plugin wrote no PHP notice, warning or error', { skip }, () => {
  const logFile = join(site.directory, 'debug.log');
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  assert.deepEqual(log.split('\n').filter((line) => line.includes('lede-widgets')), []);
});
