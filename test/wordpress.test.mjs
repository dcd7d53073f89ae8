// The WordPress plugin on a real WordPress (Debian's 6.1, MariaDB, PHP's built-in server):
// the zip installs through "Upload plugin"; an author's and an admin's posts with the block
// and the shortcode show the widget in Chromium, and its fallback with JavaScript off; the
// block editor previews the real widget and lists a broken document's issues; hostile values
// stay inert; pages without a widget load no lede.js. Skipped with one line when the Debian
// packages are missing, except in CI, where that fails.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findEngine } from '../scripts/find-browser.mjs';
import { buildPluginZip } from '../scripts/wordpress-zip.mjs';
import { missingWordPressPackages, startWordPress, WORDPRESS_PACKAGES } from '../scripts/wordpress-site.mjs';

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
  skip = `WordPress test skipped: ${missing.join(', ') || chromiumMissing} not installed (${install}; all of ${WORDPRESS_PACKAGES.join(' ')})`;
  console.log(skip);
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

/** A browser context logged in as `user` through wp-login.php. */
async function logIn(user) {
  const context = await browser.newContext();
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
  { user, title: `${user}: quote block`, content: block({ widgetType: 'quote', document: QUOTE, variant: 'card' }) },
  { user, title: `${user}: timeline block`, content: block({ widgetType: 'timeline', document: TIMELINE, collapsedAfter: '3', order: 'desc' }) },
  { user, title: `${user}: article block`, content: block({ widgetType: 'article', document: ARTICLE }) },
  { user, title: `${user}: shortcode with type`, content: `<p>Before.</p>\n[lede src="${site.url}/lede-data/timeline.json" type="timeline" theme="dark" collapsed-after="2"]` },
  { user, title: `${user}: shortcode without type`, content: `[lede src="${site.url}/lede-data/timeline.json" layout="horizontal"]` },
];

let posts;

test('the plugin zip installs through "Upload plugin" and activates', { skip, timeout: 60_000 }, async () => {
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

test("an author's and an admin's block and shortcode posts show each widget, upgraded", { skip, timeout: 120_000 }, async () => {
  posts = createPosts([...WIDGET_POSTS('author'), ...WIDGET_POSTS('admin')]);
  // kses ran on the author's content: it left the block's attributes alone.
  for (const [index, post] of posts.entries()) assert.equal(post.content, [...WIDGET_POSTS('author'), ...WIDGET_POSTS('admin')][index].content);
  const context = await browser.newContext();
  try {
    for (const post of posts) {
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(post.url);
      await settled(page);
      const [widget, ...others] = await widgets(page);
      assert.equal(others.length, 0, post.url);
      assert.equal(widget.state, 'ready', `${post.url}: ${JSON.stringify(widget)}`);
      if (widget.name === 'lede-quote') {
        assert.ok(widget.text.includes(quote.text.slice(0, 40)), widget.text);
        assert.ok(widget.text.includes(quote.speaker.name));
      } else if (widget.name === 'lede-timeline') {
        assert.ok(widget.text.includes(timeline.title), widget.text);
        assert.ok(widget.text.includes(timeline.events[0].title) || widget.text.includes(timeline.events.at(-1).title));
      } else {
        assert.ok(widget.text.includes(article.headline), widget.text);
      }
      assert.deepEqual(errors, [], post.url);
      if (SCREENSHOTS && /admin: (quote|timeline) block/.test(await page.title())) {
        await page.screenshot({ path: join(SCREENSHOTS, `lede-wordpress-${widget.name}.png`), fullPage: true });
      }
      await page.close();
    }
    const types = await Promise.all(posts.slice(3, 5).map(async (post) => {
      const page = await context.newPage();
      await page.goto(post.url);
      await settled(page);
      const attributes = await page.evaluate(() => {
        const element = document.querySelector('lede-timeline');
        return Object.fromEntries([...element.attributes].map(({ name, value }) => [name, value]));
      });
      await page.close();
      return attributes;
    }));
    assert.equal(types[0].theme, 'dark');
    assert.equal(types[0]['collapsed-after'], '2');
    assert.equal(types[1].layout, 'horizontal', 'the shortcode without type= became a timeline from the document');
  } finally {
    await context.close();
  }
});

test('with JavaScript off, the block posts show a readable fallback in the document\'s language', { skip, timeout: 60_000 }, async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
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

test('lede.js is requested only by pages with a widget', { skip, timeout: 60_000 }, async () => {
  const [plain] = createPosts([{ user: 'author', title: 'No widget', content: '<p>Just words.</p>' }]);
  const context = await browser.newContext();
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
