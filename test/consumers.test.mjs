// The packed tarball as partners install it: small projects in test/consumers/ install
// `npm pack`'s lede-widgets-*.tgz from the registry's terms (its dependencies from the
// registry) and build as their users would; each built page is opened in Chromium and
// must show a rendered quote and timeline. npm's cache stays inside the repo (build/).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-browser.mjs';

const run = promisify(execFile);
const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'lede-consumers-'));
const npmEnv = { ...process.env, npm_config_cache: join(root, 'build/npm-cache'), npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

/** Runs `command` in `cwd`; on failure the error carries its output. */
async function sh(cwd, command, args) {
  try {
    return await run(command, args, { cwd, env: npmEnv, maxBuffer: 32 * 1024 * 1024 });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${error.stdout}\n${error.stderr}`);
  }
}

const installed = {};
let browser;
before(async () => {
  const { stdout } = await sh(root, 'npm', ['pack', '--pack-destination', work, '--ignore-scripts', '--silent']);
  renameSync(join(work, stdout.trim().split('\n').pop()), join(work, 'lede-widgets.tgz'));
  // Installs wait on the network more than the CPU: all at once.
  for (const name of ['react-vite', 'vue-vite', 'svelte-vite', 'typescript']) {
    cpSync(join(root, 'test/consumers', name), join(work, name), { recursive: true });
    installed[name] = sh(join(work, name), 'npm', ['install']);
  }
  installed.empty = sh(work, 'mkdir', ['-p', 'empty']).then(() => sh(join(work, 'empty'), 'npm', ['install', '../lede-widgets.tgz']));
  // A failed install is reported by the test that needs it.
  for (const install of Object.values(installed)) install.catch(() => {});
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Opens a built dist/ in Chromium (served from disk at an https origin) and reads what the widgets show. */
async function renderedWidgets(dist) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.route('https://consumer.test/**', (route) => {
    const path = normalize(join(dist, new URL(route.request().url()).pathname.replace(/\/$/, '/index.html')));
    if (!path.startsWith(dist)) return route.fulfill({ status: 404 });
    return route.fulfill({ body: readFileSync(path), contentType: TYPES[extname(path)] ?? 'application/octet-stream' });
  });
  await page.goto('https://consumer.test/');
  await page
    .waitForFunction(() => ['lede-quote', 'lede-timeline'].every((tag) => document.querySelector(tag)?.getAttribute('state') === 'ready'), null, { timeout: 15_000 })
    .catch((error) => {
      throw new Error(`${error.message}; the page's errors: ${JSON.stringify(errors)}`);
    });
  const shown = await page.evaluate(() => ({
    speaker: document.querySelector('lede-quote')?.shadowRoot?.querySelector('[part~="speaker-name"]')?.textContent?.trim(),
    events: [...(document.querySelector('lede-timeline')?.shadowRoot?.querySelectorAll('[part~="event-title"]') ?? [])].map((title) => title.textContent?.trim()),
    host: document.querySelector('main')?.dataset,
  }));
  await page.close();
  return { ...shown, errors };
}

test('React 19 + Vite + TypeScript strict: tsc -b (a wrong attribute value, event detail and data type stay errors) and vite build; the page renders', async () => {
  const project = join(work, 'react-vite');
  await installed['react-vite'];
  // tsc -b passing also means each @ts-expect-error line in src/main.tsx is still an error (else TS2578).
  await sh(project, 'npm', ['run', 'build']);
  const shown = await renderedWidgets(join(project, 'dist'));
  assert.deepEqual(shown.errors, []);
  assert.equal(shown.speaker, 'Anna Example');
  assert.deepEqual(shown.events, ['The record is published', 'A first statement', 'The talks open'], 'order="desc"');
  assert.equal(shown.host.quoteState, 'ready', 'onlede-load ran with the detail');
});

test('Vue 3 + Vite: the elements as custom elements, data bound as a property; the page renders', async () => {
  const project = join(work, 'vue-vite');
  await installed['vue-vite'];
  await sh(project, 'npm', ['run', 'build']);
  const shown = await renderedWidgets(join(project, 'dist'));
  assert.deepEqual(shown.errors, []);
  assert.equal(shown.speaker, 'Anna Example');
  assert.deepEqual(shown.events, ['The record is published', 'A first statement', 'The talks open']);
  assert.equal(shown.host.quoteIssues, '0', '@lede-load ran with the detail');
});

test('Svelte 5 + Vite: svelte-check with lede-widgets/svelte, then vite build; the page renders', async () => {
  const project = join(work, 'svelte-vite');
  await installed['svelte-vite'];
  await sh(project, 'npm', ['run', 'build']);
  const shown = await renderedWidgets(join(project, 'dist'));
  assert.deepEqual(shown.errors, []);
  assert.equal(shown.speaker, 'Anna Example');
  assert.deepEqual(shown.events, ['The record is published', 'A first statement', 'The talks open']);
  assert.equal(shown.host.quoteIssues, '0', 'onlede-load ran with the detail');
});

test('plain TypeScript imports every subpath under node16, bundler and node (node10) resolution', async () => {
  const project = join(work, 'typescript');
  await installed.typescript;
  await Promise.all(['node16', 'bundler', 'node10'].map((resolution) => sh(project, 'npx', ['tsc', '-p', `tsconfig.${resolution}.json`])));
});

test('installed into an empty folder, npx lede validate works', async () => {
  const folder = join(work, 'empty');
  await installed.empty;
  cpSync(join(root, 'demo/data/quote-aliyev.ru.json'), join(folder, 'quote.json'));
  const { stdout, stderr } = await sh(folder, 'npx', ['--no-install', 'lede', 'validate', 'quote.json']);
  assert.equal(stdout + stderr, '');
  const { stdout: help } = await sh(folder, 'npx', ['--no-install', 'lede', '--help']);
  assert.match(help, /lede validate/);
});
