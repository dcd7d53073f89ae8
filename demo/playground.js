// demo/playground.html: a document edited by hand (or imported from spreadsheet rows or TimelineJS),
// checked by the validator as it is typed, shown in a live widget, and turned into the embed code that
// `lede snippet` writes. Only the built files: the same validator, importers and snippet partners get.
// After each check the page fires `playground-update` on `document`, for scripts that drive it (the tests).
import { importCsv, importTimelineJsJson, MAX_INPUT_LENGTH } from '../dist/import.mjs';
import { validateDocument } from '../dist/schema.mjs';
import { embedSnippet } from '../dist/snippet.mjs';

const EXAMPLES = {
  quote: 'data/quote-putin.ru.json',
  timeline: 'data/timeline-russia-azerbaijan.en.json',
  article: 'data/dushanbe-meeting.en.json',
};
const CHECK_DELAY = 150;
const URL_FIELDS = new Set(['url', 'src', 'image', 'logo']);

const byId = (id) => document.getElementById(id);
const widgetSelect = byId('widget');
const jsonInput = byId('json');
const status = byId('status');
const issueList = byId('issues');
const importFormat = byId('import-format');
const importFile = byId('import-file');
const importText = byId('import-text');
const importStatus = byId('import-status');
const importWarnings = byId('import-warnings');
const themeSelect = byId('theme');
const localeInput = byId('locale');
const directionSelect = byId('direction');
const previewFrame = byId('preview-frame');
const preview = byId('preview');
const previewNote = byId('preview-note');
const srcInput = byId('src');
const embedCode = byId('embed-code');
const copyButton = byId('copy');
const copyStatus = byId('copy-status');
const downloadLink = byId('download');

/** The text last put in the editor by the page (an example, an import): replacing it loses no one's work. */
let placedText = '';
let checkTimer;
let downloadUrl;

/**
 * Relative URLs in a document are relative to its own file (data/…), but the editor's document is shown
 * inline on this page: rewritten from the site's root, they point at the same files here and in the embed code.
 */
function fromRoot(value, file, key) {
  if (typeof value === 'string') {
    if (!URL_FIELDS.has(key) || /^[a-z][a-z\d+.-]*:|^[/?#]/i.test(value)) return value;
    const url = new URL(value, file);
    return url.pathname + url.search + url.hash;
  }
  if (Array.isArray(value)) return value.map((item) => fromRoot(item, file));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, fromRoot(item, file, name)]));
}

async function loadExample(type) {
  const file = new URL(EXAMPLES[type], location.href);
  try {
    const response = await fetch(file);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    placeText(JSON.stringify(fromRoot(await response.json(), file.href), null, 2));
  } catch (error) {
    status.textContent = `The example could not be loaded (${error instanceof Error ? error.message : String(error)}).`;
  }
}

function placeText(text) {
  jsonInput.value = text;
  placedText = text;
  check();
}

/** The offset of the first character JSON.parse refuses: engines' messages do not all give one. */
function syntaxErrorOffset(text) {
  let at = 0;
  const fail = () => {
    throw at;
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++;
  };
  const string = () => {
    at++;
    for (;;) {
      const character = text[at];
      if (character === undefined || character < ' ') fail();
      if (character === '"') return void at++;
      if (character !== '\\') at++;
      else if (/^\\(?:["\\/bfnrt]|u[\da-fA-F]{4})/.test(text.slice(at, at + 6))) at += text[at + 1] === 'u' ? 6 : 2;
      else fail();
    }
  };
  const value = () => {
    space();
    const open = text[at];
    if (open === '{' || open === '[') {
      const close = open === '{' ? '}' : ']';
      at++;
      space();
      if (text[at] === close) return void at++;
      for (;;) {
        if (open === '{') {
          space();
          if (text[at] !== '"') fail();
          string();
          space();
          if (text[at] !== ':') fail();
          at++;
        }
        value();
        space();
        if (text[at] === close) return void at++;
        if (text[at] !== ',') fail();
        at++;
      }
    }
    if (open === '"') return string();
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(at, at + 512));
    if (!literal) fail();
    at += literal[0].length;
  };
  try {
    value();
    space();
    return at < text.length ? at : undefined;
  } catch (offset) {
    return typeof offset === 'number' ? offset : undefined; // a RangeError: nested too deep to walk here
  }
}

function lineAndColumn(text, offset) {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

function issueItem(severity, path, message) {
  const item = document.createElement('li');
  item.className = `pg-${severity}`;
  const label = document.createElement('span');
  label.className = 'pg-severity';
  label.textContent = severity;
  item.append(label, ' ');
  if (path) {
    const code = document.createElement('code');
    code.textContent = path;
    item.append(code, ': ');
  }
  item.append(message);
  return item;
}

function showPreview(data, type) {
  let element = preview.firstElementChild;
  if (element?.localName !== `lede-${type}`) {
    element = document.createElement(`lede-${type}`);
    applyPreviewOptions(element);
    preview.replaceChildren(element);
  }
  element.data = data;
}

function applyPreviewOptions(element = preview.firstElementChild) {
  if (!element) return;
  element.setAttribute('theme', themeSelect.value);
  const locale = localeInput.value.trim();
  // A tag Intl refuses would only make the widget fall back to its default: say so here instead.
  let valid = true;
  try {
    if (locale) Intl.getCanonicalLocales(locale);
  } catch {
    valid = false;
  }
  localeInput.setCustomValidity(valid ? '' : 'not a BCP 47 language tag');
  if (locale && valid) element.setAttribute('locale', locale);
  else element.removeAttribute('locale');
}

function setDownload(text, data) {
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = undefined;
  if (text === undefined) {
    downloadLink.removeAttribute('href');
    downloadLink.setAttribute('aria-disabled', 'true');
    return;
  }
  downloadUrl = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const name = [data?.type, data?.id].filter((part) => typeof part === 'string' && part).join('-').replace(/[^\w-]+/g, '-');
  downloadLink.href = downloadUrl;
  downloadLink.download = `lede-${name || 'document'}.json`;
  downloadLink.removeAttribute('aria-disabled');
}

function setEmbedCode(code) {
  embedCode.value = code;
  copyButton.disabled = !code;
  copyStatus.textContent = '';
}

function check() {
  clearTimeout(checkTimer);
  const text = jsonInput.value;
  const items = [];
  let ok = false;
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const offset = syntaxErrorOffset(text);
    const where = offset === undefined ? '' : `${lineAndColumn(text, offset)}: `;
    status.textContent = text.trim() ? 'Not JSON yet.' : 'Paste or type a document, or load the example.';
    if (text.trim()) items.push(issueItem('error', '', `${where}${error instanceof Error ? error.message : String(error)}`));
    issueList.replaceChildren(...items);
    setEmbedCode('');
    setDownload(undefined);
    previewNote.textContent = preview.firstElementChild ? 'The preview shows the last document that could be shown.' : '';
    return announce(false, items);
  }
  let result;
  try {
    result = validateDocument(data);
  } catch (error) {
    result = { ok: false, issues: [{ path: '', message: String(error), severity: 'error' }] };
  }
  for (const issue of result.issues) items.push(issueItem(issue.severity === 'error' ? 'error' : 'warning', issue.path, issue.message));
  issueList.replaceChildren(...items);
  setDownload(text, data);
  const errors = result.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = result.issues.length - errors;
  if (result.ok) {
    ok = true;
    status.textContent = warnings ? `Valid, with ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}: those items are left out.` : 'Valid: ready to embed.';
    if (widgetSelect.value !== result.model.type) widgetSelect.value = result.model.type;
    showPreview(data, result.model.type);
    previewNote.textContent = '';
    try {
      setEmbedCode(embedSnippet(data, srcInput.value.trim() ? { src: srcInput.value.trim() } : {}));
    } catch (error) {
      setEmbedCode('');
      copyStatus.textContent = `No embed code: ${error instanceof Error ? error.message : String(error)}`;
    }
  } else {
    status.textContent = `Not valid: ${errors} ${errors === 1 ? 'error' : 'errors'}. Fix ${errors === 1 ? 'it' : 'them'} to get the embed code.`;
    setEmbedCode('');
    previewNote.textContent = preview.firstElementChild ? 'The preview shows the last document that could be shown.' : '';
  }
  return announce(ok, items);
}

function announce(ok, items) {
  document.dispatchEvent(new CustomEvent('playground-update', { detail: { ok, issues: items.map((item) => item.textContent) } }));
}

function convert() {
  const text = importText.value;
  const format = importFormat.value === 'detect' ? (/^\s*\{/.test(text) ? 'timelinejs' : 'csv') : importFormat.value;
  let result;
  try {
    result = format === 'timelinejs' ? importTimelineJsJson(text) : importCsv(text);
  } catch (error) {
    result = { ok: false, error: String(error), warnings: [] };
  }
  importWarnings.replaceChildren(...result.warnings.map((warning) => issueItem('warning', warning.path, warning.message)));
  if (!result.ok) {
    importStatus.textContent = `Could not convert: ${result.error}`;
    return;
  }
  const events = result.document.events.length;
  importStatus.textContent = `Converted: a timeline of ${events} ${events === 1 ? 'event' : 'events'}${result.warnings.length ? `; ${result.warnings.length} left behind (below)` : ''}.`;
  widgetSelect.value = 'timeline';
  placeText(JSON.stringify(result.document, null, 2));
}

jsonInput.addEventListener('input', () => {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(check, CHECK_DELAY);
});
widgetSelect.addEventListener('change', () => {
  if (!jsonInput.value.trim() || jsonInput.value === placedText) void loadExample(widgetSelect.value);
});
byId('load-example').addEventListener('click', () => void loadExample(widgetSelect.value));

importText.addEventListener('input', (event) => {
  if (event.inputType === 'insertFromPaste') convert();
});
byId('import').addEventListener('click', convert);
importFile.addEventListener('change', async () => {
  const file = importFile.files?.[0];
  if (!file) return;
  if (file.size > MAX_INPUT_LENGTH * 4) {
    importStatus.textContent = `Could not convert: ${file.name} is larger than 1 MiB.`;
    return;
  }
  importText.value = await file.text();
  if (importFormat.value === 'detect' && /\.json$/i.test(file.name)) importFormat.value = 'timelinejs';
  convert();
});

themeSelect.addEventListener('change', () => applyPreviewOptions());
localeInput.addEventListener('input', () => applyPreviewOptions());
directionSelect.addEventListener('change', () => {
  if (directionSelect.value === 'auto') preview.removeAttribute('dir');
  else preview.dir = directionSelect.value;
});
const widthButtons = [...document.querySelectorAll('.pg-widths button')];
function setWidth(width) {
  previewFrame.dataset.width = width;
  for (const button of widthButtons) button.setAttribute('aria-pressed', String(button.dataset.width === width));
}
for (const button of widthButtons) button.addEventListener('click', () => setWidth(button.dataset.width));
// On a phone the preview starts at the phone's width rather than scrolling sideways.
if (previewFrame.parentElement.clientWidth < 768) setWidth('375');

srcInput.addEventListener('change', check);
copyButton.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(embedCode.value);
    copyStatus.textContent = 'Copied.';
  } catch {
    // No clipboard (an http: page, a refused permission): the code is there to copy by hand.
    embedCode.focus();
    embedCode.select();
    copyStatus.textContent = 'Could not copy: the code is selected, press Ctrl+C (⌘C on a Mac).';
  }
});

void loadExample(widgetSelect.value);
