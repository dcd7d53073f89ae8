import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { RenderResultReadable } from '@lit-labs/ssr/lib/render-result-readable.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { unsafeStatic, html as html$2 } from 'lit/static-html.js';
import { css, nothing, html as html$1, LitElement, isServer } from 'lit';
import { f as fetchDocument, D as DEFAULT_TIMEOUT, F as FetchError, r as readDocumentFile, a as resolveInsideRoot, b as DocumentFileError } from './chunks/ssr-DlW7QDpN.mjs';
import { guard } from 'lit/directives/guard.js';
import 'node:fs';
import 'node:fs/promises';
import 'node:path';

const WEB = ['http:', 'https:'];
const ORIGIN = 'https://lede.invalid/';
const PAGE = `${ORIGIN}0/1`;
/**
 * `value` as the URL parser reads it: an absolute URL ("//host" too) as its
 * serialisation; a relative one as given, less what the parser strips (C0
 * controls and spaces at the ends, tabs and newlines), the rest of its
 * non-ASCII, spaces and controls percent-encoded as the parser does. Checked
 * to read as `value` does.
 */
function serialise(value) {
    const { href } = new URL(value, PAGE);
    const written = href.startsWith(ORIGIN) ? value.replace(/^[\0- ]+|[\0- ]+$|[\t\n\r]/g, '').replace(/[^!-~]/gu, encodeURIComponent) : href;
    return new URL(written, PAGE).href === href && written;
}
/**
 * An absolute http(s) URL (or `mailto:` where `schemes` allow it), resolved
 * against `baseUrl` when there is one; a relative URL stays relative when there
 * is no base (the page resolves it), and a fragment (`#id`) stays one. Any
 * other scheme gives `null`.
 *
 * The browser's own URL parser reads the value, the scheme is checked on what
 * it read, and what is returned is that reading serialised: a prefix the parser
 * keeps (U+2028, U+00A0) stays percent-encoded in a relative path, where no
 * later trim can turn it into a scheme.
 */
function safeUrl(value, baseUrl, schemes = WEB) {
    try {
        // A link to a place on the page ("#chronology") stays on the page, not on the document's URL.
        const resolved = baseUrl && !/^[\0- ]*(#|$)/.test(value) && new URL(value, baseUrl);
        const written = resolved ? resolved.href : serialise(value);
        return written && schemes.some((scheme) => scheme === (resolved || new URL(written, PAGE)).protocol) ? written : null;
    }
    catch {
        return null;
    }
}

/**
 * The article paragraph's `html` field, reduced to the inline allow-list of docs/data-format.md.
 *
 * Safe by construction: the input is tokenised here (no DOMParser, no
 * innerHTML, so it runs in Node for server rendering and needs no Trusted
 * Types policy) and only a tree of allowed tags with checked attributes comes
 * out. Text is kept as text and is rendered through Lit text bindings, so
 * markup the tokeniser does not understand can only ever show up as
 * characters, never as elements.
 */
const ALLOWED_TAGS = [
    'a', 'b', 'strong', 'i', 'em', 'u', 's', 'sub', 'sup', 'br', 'code', 'mark', 'q', 'abbr', 'small', 'span', 'time',
];
/** Elements whose content is never text for a reader: dropped whole. */
const DROPPED_WITH_CONTENT = new Set([
    'script', 'style', 'template', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript',
    'object', 'embed', 'svg', 'math', 'select', 'option', 'plaintext', 'head',
]);
const ENTITIES = {
    amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ndash: '–', mdash: '—',
    laquo: '«', raquo: '»', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bdquo: '„', thinsp: '\u2009',
};
/**
 * Deeper elements are flattened into their nearest kept ancestor (their text stays): the tree is
 * rendered, turned into text and serialised by recursion, which must not overflow the call stack.
 */
const MAX_DEPTH = 32;
function decodeEntities(text) {
    return !text.includes('&') ? text : text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);?/gi, (match, name) => {
        if (name[0] === '#') {
            const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
            return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
        }
        return ENTITIES[name.toLowerCase()] ?? match;
    });
}
function isAllowedTag(name) {
    return ALLOWED_TAGS.some((tag) => tag === name);
}
// Sticky, and none can backtrack further than the run it just read: every tag is read in one
// pass, so unclosed tags cost no more than closed ones. Quotes count only around attribute
// values, as in the HTML tokenizer.
const MARKUP = /<(?:!--[\s\S]*?(?:-->|$)|[!?][^>]*>?|(\/?)([a-z][^\s/>]*))/iy;
const ATTRIBUTE = /[\s/]*(?:>|([^\s/>][^\s/>=]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?)/y;
/**
 * Where the tag whose attributes start at `index` ends (just after its `>`), or -1 when the
 * source ends inside it; its attributes go into `attributes` if given.
 */
function readTagEnd(source, index, attributes) {
    for (ATTRIBUTE.lastIndex = index;;) {
        const match = ATTRIBUTE.exec(source);
        if (!match || /^["']/.test(match[4] ?? ''))
            return -1; // the end, or a quote that never closes
        if (!match[1])
            return ATTRIBUTE.lastIndex;
        attributes?.push([match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '']);
    }
}
function readAttributes(tag, source, baseUrl) {
    const attributes = {};
    for (const [name, rawValue] of source) {
        const value = decodeEntities(rawValue);
        if (tag === 'span' && (name === 'lang' || (name === 'dir' && /^(ltr|rtl|auto)$/i.test(value))))
            attributes[name] = value;
        else if (name === 'title' && (tag === 'a' || tag === 'abbr'))
            attributes.title = value;
        else if (name === 'target' && tag === 'a' && value === '_blank')
            attributes.target = value;
        else if (name === 'datetime' && tag === 'time')
            attributes.datetime = value;
        else if ((name === 'href' && tag === 'a') || (name === 'cite' && tag === 'q')) {
            const safe = safeUrl(value, baseUrl, tag === 'a' ? ['http:', 'https:', 'mailto:'] : ['http:', 'https:']);
            if (safe !== null)
                attributes[name] = safe;
        }
    }
    return attributes;
}
/**
 * Parses `source` into a tree of allowed inline elements and text; never throws. Time is
 * linear in the length: each character is scanned a bounded number of times, and a tag
 * the source ends inside is shown, with the rest, as text.
 */
function sanitizeHtml(source, baseUrl) {
    const root = [];
    const stack = [];
    // Open elements deeper than MAX_DEPTH: names only, their content goes to the deepest kept one.
    const flattened = [];
    // How many of each tag are open: a close tag with none open costs nothing, one with some open
    // pops what it closes, so a long run of either is never a search of the whole stack.
    const openCounts = {};
    const children = () => (stack.length ? stack[stack.length - 1].children : root);
    const pushText = (text) => {
        if (!text)
            return;
        const list = children();
        const last = list.length - 1;
        if (typeof list[last] === 'string')
            list[last] += text;
        else
            list.push(text);
    };
    let textStart = 0;
    let skipUntil;
    for (let start = source.indexOf('<'), end; start >= 0; start = source.indexOf('<', end)) {
        MARKUP.lastIndex = start;
        const [token, slash, rawName] = MARKUP.exec(source) ?? [];
        const name = rawName?.toLowerCase();
        const isClosing = !!slash;
        const attributesStart = MARKUP.lastIndex;
        end = !token ? start + 1 : name ? readTagEnd(source, attributesStart) : attributesStart;
        if (end < 0)
            break; // the source ends inside this tag: it is shown as text, with the rest
        if (!token)
            continue; // a '<' that starts no markup is text
        if (skipUntil) {
            if (isClosing && name === skipUntil) {
                skipUntil = undefined;
                textStart = end;
            }
            continue;
        }
        pushText(decodeEntities(source.slice(textStart, start)));
        textStart = end;
        if (!name)
            continue; // comment, doctype, processing instruction
        if (!isClosing && DROPPED_WITH_CONTENT.has(name)) {
            if (source[end - 2] !== '/')
                skipUntil = name;
            continue;
        }
        if (!isAllowedTag(name))
            continue; // unknown tag: keep its text, drop the tag
        if (isClosing) {
            if (openCounts[name])
                for (let tag = close(); tag && tag !== name; tag = close())
                    ;
        }
        else if (name === 'br') {
            children().push({ tag: 'br', attributes: {}, children: [] });
        }
        else {
            openCounts[name] = (openCounts[name] ?? 0) + 1;
            if (stack.length >= MAX_DEPTH) {
                flattened.push(name);
            }
            else {
                const attributes = [];
                readTagEnd(source, attributesStart, attributes); // read again, now that it is known to end and be kept
                stack.push({ tag: name, attributes: readAttributes(name, attributes, baseUrl), children: [] });
            }
        }
    }
    if (!skipUntil)
        pushText(decodeEntities(source.slice(textStart)));
    while (close())
        ;
    return root;
    function close() {
        let tag = flattened.pop();
        if (!tag) {
            const element = stack.pop();
            if (!element)
                return undefined;
            children().push(element);
            tag = element.tag;
        }
        openCounts[tag] = (openCounts[tag] ?? 1) - 1;
        return tag;
    }
}

const PRECISION_RANK = { year: 0, month: 1, day: 2, time: 3 };
// Digits only: the ranges are checked below. Alternations such as `0[1-9]|1[0-2]`
// made V8 compile this to 14.5 KB of machine code once a timeline had parsed a few dates.
const PATTERN = /^(\d{4})(?:-(\d\d)(?:-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.\d{1,9})?)?(Z|[+-]\d\d:\d\d))?)?)?([~?%])?$/;
/** Parses a partial date; anything else (including impossible dates like `2025-13-45` or `2025-02-30`) gives `null`. */
function parsePartialDate(value) {
    const iso = value.trim();
    const match = PATTERN.exec(iso);
    if (!match)
        return null;
    const [, year, month, day, hour, minute, second, zone, mark] = match;
    const offset = zone === undefined ? undefined : zone === 'Z' ? 0 : Number(`${zone[0]}1`) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
    if (+month < 1 || +month > 12 || +day < 1 || +hour > 23 || +minute > 59 || +second > 59 || Math.abs(offset ?? 0) > 18 * 60 + 59 || +(zone?.slice(4) ?? 0) > 59)
        return null;
    const wallClock = new Date(Date.UTC(2000, Number(month ?? 1) - 1, Number(day ?? 1), Number(hour ?? 0), Number(minute ?? 0), Number(second ?? 0)));
    // Date.UTC maps years 0–99 to 1900–1999; setting the year afterwards keeps 0–99 as written.
    wallClock.setUTCFullYear(Number(year));
    if (day && wallClock.getUTCDate() !== Number(day))
        return null; // 30 February rolled over into March
    return {
        offset,
        precision: hour ? 'time' : day ? 'day' : month ? 'month' : 'year',
        approximate: mark === '~' || mark === '%',
        uncertain: mark === '?' || mark === '%',
        iso: mark ? iso.slice(0, -1) : iso,
        start: wallClock.getTime() - (offset ?? 0) * 60_000,
    };
}
/**
 * Orders partial dates by their first instant, then coarser before finer
 * (`2024-12` before `2024-12-01`), so a month sorts before the days of that month.
 * Equal dates compare as 0, which a stable sort turns into file order.
 */
function comparePartialDates(a, b) {
    return a.start - b.start || PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
}

/**
 * The known name a misspelt one was most likely meant to be (`contxt` →
 * `context`, `scr` → `src`), for warnings about unknown fields and attributes.
 */
/** Edits between two names, a swap of neighbours counting as one (optimal string alignment). */
function editDistance(a, b) {
    let beforePrevious = [];
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            let distance = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                distance = Math.min(distance, beforePrevious[j - 2] + 1);
            row.push(distance);
        }
        beforePrevious = previous;
        previous = row;
    }
    return previous[b.length];
}
/**
 * The nearest of `known` to `name`, ignoring case, if it is close enough to be
 * a slip: at most 2 edits, and at most a third of the name (`id` is not `src`).
 */
function nearestName(name, known) {
    let nearest;
    let nearestDistance = Math.min(2, Math.ceil(name.length / 3)) + 1;
    for (const candidate of known) {
        const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (distance < nearestDistance)
            [nearest, nearestDistance] = [candidate, distance];
    }
    return nearest;
}

/**
 * How deep lists and objects may nest in a document (docs/data-format.md). Real documents
 * nest fewer than 10 deep; 64 stays far below the recursion limits of every
 * engine, Lit's development build included, for whatever walks the document
 * after validation (JSON.stringify, rebasing URLs, rendering).
 */
const MAX_NESTING = 64;
/**
 * The keys that lead from `value` (itself at `depth`, the document at 1) to
 * its first list or object nested deeper than MAX_NESTING, or undefined; the
 * lists in `skip` are not entered. A walk with its own stack, not recursion,
 * so a 100,000-deep input is an answer rather than a RangeError; a cycle in a
 * `data` object counts as too deep.
 */
function findTooDeep(value, depth = 1, skip) {
    const values = [value];
    const depths = [depth];
    const keys = [0];
    // The stack is depth first, so the last container taken at each depth is an ancestor of the next one taken.
    const trail = [];
    while (values.length) {
        const container = values.pop();
        const at = depths.pop() ?? depth;
        trail[at] = keys.pop() ?? 0;
        if (typeof container !== 'object' || container === null || skip?.has(container))
            continue;
        if (at > MAX_NESTING)
            return trail.slice(depth + 1, at + 1);
        const names = Array.isArray(container) ? undefined : Object.keys(container);
        // Pushed last to first, so the first item is walked first.
        for (let index = (names ?? container).length; index--;) {
            const name = names ? names[index] : index;
            const item = container[name];
            if (typeof item !== 'object' || item === null)
                continue;
            values.push(item);
            depths.push(at + 1);
            keys.push(name);
        }
    }
    return undefined;
}

/** What a check returns for a value that failed; the reasons are in the context's issues. */
const INVALID = Symbol();
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** `events` + 3 → `events[3]`; `speaker` + `name` → `speaker.name`. */
function joinPath(parent, key) {
    const path = typeof parent === 'string' ? parent : parent();
    return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
}
function fail(context, parent, key, message) {
    context.issues.push({ path: joinPath(parent, key), message, severity: 'error' });
    return INVALID;
}

/**
 * The only parser of untrusted input: JSON in, a normalised model out (URLs
 * resolved or dropped, dates parsed, HTML sanitised, events sorted), or an
 * error. What is left out is reported by JSON path, as docs/widgets.md describes.
 */
/** Versions of the data format this build reads (docs/data-format.md). */
const SUPPORTED_VERSIONS = [1];
function warn(context, path, message) {
    context.issues.push({ path, message, severity: 'warning' });
}
/**
 * Turns the errors raised since `from` into warnings: what failed was optional
 * and is left out. The first error, the reason, says so; it is returned.
 */
function leaveOut(context, from, consequence) {
    let reason;
    for (let index = from; index < context.issues.length; index++) {
        const issue = context.issues[index];
        if (issue.severity === 'warning')
            continue;
        const first = !reason;
        reason ??= issue;
        context.issues[index] = { ...issue, severity: 'warning', message: first ? `${issue.message}; ${consequence}` : issue.message };
    }
    return reason;
}
/**
 * A field no rule reads is most often a misspelt one: warned about, never an
 * error, so a document written for a newer version still renders. `$` keys
 * (`$schema`) are the editor's.
 */
function warnUnknownFields(node, value, path, context, allowed) {
    for (const field of Object.keys(value)) {
        if (Object.hasOwn(node.fields, field) || allowed.includes(field) || field.startsWith('$'))
            continue;
        const nearest = nearestName(field, Object.keys(node.fields));
        warn(context, joinPath(path, field), `unknown field${nearest ? `; did you mean \`${nearest}\`?` : ''}`);
    }
}
function isAbsent(node, value) {
    return value === undefined || value === null || (node.kind === 'text' && !node.allowEmpty && typeof value === 'string' && !/\S/.test(value));
}
/** `allowed`: keys the caller reads (a document's `type` and `version`, a block's `type`). */
function checkObject(node, value, parent, key, context, allowed = []) {
    if (!isObject(value))
        return fail(context, parent, key, 'must be an object');
    const path = () => joinPath(parent, key);
    let required = node.required;
    if (node.conditional && isAbsent(node.fields[node.conditional.unless], value[node.conditional.unless])) {
        required = new Set([...required, ...node.conditional.required]);
    }
    const result = {};
    let valid = true;
    for (const [field, schema] of node.entries) {
        if (isAbsent(schema, value[field])) {
            if (required.has(field))
                valid = !fail(context, path, field, 'is required');
            continue;
        }
        const from = context.issues.length;
        const checked = schema.checkValue(value[field], path, field, context);
        if (checked !== INVALID)
            result[field] = checked;
        else if (required.has(field))
            valid = false;
        else
            leaveOut(context, from, 'ignored');
    }
    // A `src` that was dropped (say `javascript:`) leaves nothing to load: the fields it stood in for are required again.
    if (node.conditional && required === node.required && !(node.conditional.unless in result)) {
        for (const field of node.conditional.required)
            if (!(field in result))
                valid = !fail(context, path, field, 'is required');
    }
    warnUnknownFields(node, value, path, context, allowed);
    if (!valid)
        return INVALID;
    if (!node.finishObject)
        return result;
    const finishing = {
        pathOf: (list, item) => joinPath(joinPath(path, list), context.itemPositions.get(item) ?? 0),
        warn: (at, message) => warn(context, at, message),
    };
    return node.finishObject(result, finishing);
}
/**
 * Checks `value[start…end)` into `items`, and why each item left out failed into `dropped`;
 * INVALID as soon as an item fails in a list that keeps no invalid item.
 */
function checkItems(node, value, path, context, start, end, items, dropped) {
    for (let index = start; index < end; index++) {
        const from = context.issues.length;
        const checked = node.items.checkValue(value[index], path, index, context);
        if (checked === INVALID) {
            if (!node.dropInvalid)
                return INVALID;
            const reason = leaveOut(context, from, 'left out');
            if (reason)
                dropped.push(reason);
            continue;
        }
        if (isObject(checked))
            context.itemPositions.set(checked, index);
        items.push(checked);
    }
    return items;
}
function checkArray(node, value, parent, key, context) {
    if (!Array.isArray(value))
        return fail(context, parent, key, 'must be a list');
    const path = () => joinPath(parent, key);
    const done = context.checkedLists?.get(value);
    let items;
    let dropped;
    if (done) {
        context.issues.push(...done.issues);
        ({ items, dropped } = done);
    }
    else {
        const reasons = [];
        items = checkItems(node, value, path, context, 0, value.length, [], reasons);
        dropped = reasons;
    }
    if (items === INVALID)
        return INVALID;
    if (items.length < node.minItems) {
        // The error alone would leave a reader of the console asking why: it names the first reasons.
        const reasons = dropped.slice(0, 3).map((issue) => `${issue.path}: ${issue.message}`);
        if (dropped.length > 3)
            reasons.push(`${dropped.length - 3} more`);
        return fail(context, parent, key, value.length ? `no valid item left (${reasons.join('; ')})` : `needs at least ${node.minItems} item`);
    }
    return items;
}
function checkRecord(node, value, parent, key, context) {
    if (!isObject(value))
        return fail(context, parent, key, 'must be an object');
    const path = () => joinPath(parent, key);
    const entries = {};
    for (const [name, item] of Object.entries(value)) {
        const from = context.issues.length;
        const checked = node.values.checkValue(item, path, name, context);
        if (checked === INVALID)
            leaveOut(context, from, 'left out');
        else
            entries[name] = checked;
    }
    return entries;
}
function checkVariant(node, value, parent, key, context) {
    if (!isObject(value))
        return fail(context, parent, key, 'must be an object');
    const type = value.type;
    const option = typeof type === 'string' && Object.hasOwn(node.options, type) ? node.options[type] : undefined;
    if (!option)
        return fail(context, joinPath(parent, key), 'type', `unknown type ${JSON.stringify(type)}`);
    const checked = checkObject(option, value, parent, key, context, ['type']);
    return isObject(checked) ? { type, ...checked } : INVALID;
}
/**
 * The error for a value nested deeper than MAX_NESTING (see findTooDeep),
 * checked before anything recurses over the input.
 */
function nestingError(value, at = '', depth = 1, skip) {
    const keys = findTooDeep(value, depth, skip);
    if (!keys)
        return undefined;
    const path = keys.reduce(joinPath, typeof at === 'string' ? at : at());
    return { ok: false, code: 'invalid-data', issues: [{ path, message: `nested deeper than ${MAX_NESTING}`, severity: 'error' }] };
}
/** validateAgainst for an input whose nesting was already checked (see nestingError). */
function checkDocument(schema, type, input, context) {
    let code = 'invalid-data';
    try {
        if (!isObject(input)) {
            fail(context, '', '', 'the document must be a JSON object');
        }
        else if (input.type !== type) {
            fail(context, '', 'type', `must be "${type}", not ${JSON.stringify(input.type)}`);
        }
        else if (input.version !== undefined && !SUPPORTED_VERSIONS.some((version) => version === input.version)) {
            code = 'unsupported-version';
            fail(context, '', 'version', 'unsupported version');
        }
        else {
            const model = checkObject(schema, input, '', '', context, ['type', 'version']);
            // The check built this object from `schema`, whose model type is M.
            if (isObject(model))
                return { ok: true, model: { ...model, type, version: 1 }, issues: context.issues };
        }
    }
    catch (error) {
        // A bug here must not reach the host page: report it like bad data.
        fail(context, '', '', String(error));
    }
    return { ok: false, code, issues: context.issues };
}
/** Lists longer than this at the top of a document are checked in slices (10,000 timeline events). */
const SLICED_LENGTH = 1000;
/** Main-thread time per slice: well under the 50 ms of a long task. */
const SLICE_MS = 25;
/**
 * validateAgainst, but a long list at the top of the document (a timeline's
 * events) is checked in slices of about 25 ms with a task between them, so the
 * page stays responsive. Returns the result at once when there is no long list,
 * a promise otherwise (null if `signal` aborts between slices).
 */
function validateInSlices(schema, type, input, baseUrl, signal) {
    const lists = isObject(input) && input.type === type
        ? schema.entries.filter(([field, node]) => node.kind === 'array' && Array.isArray(input[field]) && input[field].length > SLICED_LENGTH)
        : [];
    // The long lists' items are measured slice by slice below, so 10,000 events add no long task.
    const tooDeep = nestingError(input, '', 1, lists.length ? new Set(lists.map(([field]) => input[field])) : undefined);
    if (tooDeep)
        return tooDeep;
    if (!lists.length)
        return checkDocument(schema, type, input, { issues: [], baseUrl, itemPositions: new WeakMap() });
    return (async () => {
        const itemPositions = new WeakMap();
        const checkedLists = new Map();
        for (const [field, node] of lists) {
            const value = input[field];
            const context = { issues: [], baseUrl, itemPositions };
            const dropped = [];
            let items = [];
            for (let start = 0; start < value.length && items !== INVALID;) {
                const deadline = performance.now() + SLICE_MS;
                for (; start < value.length && items !== INVALID && performance.now() < deadline; start += 64) {
                    for (let index = start; index < Math.min(start + 64, value.length); index++) {
                        const itemTooDeep = nestingError(value[index], () => joinPath(field, index), 3);
                        if (itemTooDeep)
                            return itemTooDeep;
                    }
                    items = checkItems(node, value, field, context, start, Math.min(start + 64, value.length), items, dropped);
                }
                await new Promise((resolve) => setTimeout(resolve));
                if (signal?.aborted)
                    return null;
            }
            if (items !== INVALID)
                checkedLists.set(value, { items, issues: context.issues, dropped });
        }
        const result = checkDocument(schema, type, input, { issues: [], baseUrl, itemPositions, checkedLists });
        // The document's own rules (a timeline's: ids, then sorting every event) take a task of their
        // own, so rendering the first screen is not added to it.
        await new Promise((resolve) => setTimeout(resolve));
        return signal?.aborted ? null : result;
    })();
}

/**
 * The vocabulary the data format is written in. One declaration per field in
 * `schema.ts` gives the validator (`validate.ts`), the JSON Schema
 * (`json-schema.ts`) and the TypeScript types of documents and models, so the
 * three cannot drift apart. Nodes are plain data: they work in Node and the browser.
 * The constructors are marked free of side effects, so a bundle that never
 * uses a schema (the quote card and the article's image rules) drops it.
 */
const isString = (value) => typeof value === 'string';
/* @__NO_SIDE_EFFECTS__ */
const text = (options = {}) => ({
    kind: 'text',
    ...options,
    checkValue: (value, parent, key, context) => (isString(value) ? value : fail(context, parent, key, 'must be text')),
});
/* @__NO_SIDE_EFFECTS__ */
const url = () => ({
    kind: 'url',
    checkValue: (value, parent, key, context) => (isString(value) && safeUrl(value, context.baseUrl)) || fail(context, parent, key, 'not an http(s) or relative URL'),
});
/* @__NO_SIDE_EFFECTS__ */
const date = () => ({
    kind: 'date',
    checkValue: (value, parent, key, context) => (isString(value) && parsePartialDate(value)) || fail(context, parent, key, 'not an ISO 8601 date'),
});
/* @__NO_SIDE_EFFECTS__ */
const html = (sanitize) => ({
    kind: 'html',
    sanitize,
    checkValue: (value, parent, key, context) => (isString(value) ? sanitize(value, context.baseUrl) : fail(context, parent, key, 'must be HTML text')),
});
/* @__NO_SIDE_EFFECTS__ */
const lang = () => ({
    kind: 'lang',
    checkValue(value, parent, key, context) {
        try {
            if (isString(value))
                return Intl.getCanonicalLocales(value)[0];
        }
        catch {
            // not a well-formed tag: reported below
        }
        return fail(context, parent, key, 'not a BCP 47 language tag');
    },
});
/* @__NO_SIDE_EFFECTS__ */
const color = () => ({
    kind: 'color',
    checkValue: (value, parent, key, context) => (isString(value) && /^#([\da-f]{3}){1,2}$/i.test(value) ? value : fail(context, parent, key, 'not a #rgb or #rrggbb colour')),
});
/* @__NO_SIDE_EFFECTS__ */
const number = (minimum = -Infinity) => ({
    kind: 'number',
    minimum,
    checkValue: (value, parent, key, context) => typeof value === 'number' && value >= minimum && value < Infinity ? value : fail(context, parent, key, `must be a number ≥ ${minimum}`),
});
/* @__NO_SIDE_EFFECTS__ */
const boolean = () => ({
    kind: 'boolean',
    checkValue: (value, parent, key, context) => (typeof value === 'boolean' ? value : fail(context, parent, key, 'must be true or false')),
});
/* @__NO_SIDE_EFFECTS__ */
const object = (fields, required = [], finish) => ({
    kind: 'object', fields, entries: Object.entries(fields), required: new Set(required), finishObject: finish,
    checkValue(value, parent, key, context) {
        return checkObject(this, value, parent, key, context);
    },
});
/** An object whose `required` fields may be missing when its `unless` field is there. */
/* @__NO_SIDE_EFFECTS__ */
const objectUnless = (unless, fields, required, finish) => ({
    kind: 'object', fields, entries: Object.entries(fields), required: new Set(), conditional: { unless, required }, finishObject: finish,
    checkValue(value, parent, key, context) {
        return checkObject(this, value, parent, key, context);
    },
});
/* @__NO_SIDE_EFFECTS__ */
const array = (items, options = {}) => ({
    kind: 'array', items, minItems: 0, dropInvalid: false, ...options,
    checkValue(value, parent, key, context) {
        return checkArray(this, value, parent, key, context);
    },
});
/* @__NO_SIDE_EFFECTS__ */
const record = (values) => ({
    kind: 'record', values,
    checkValue(value, parent, key, context) {
        return checkRecord(this, value, parent, key, context);
    },
});
/* @__NO_SIDE_EFFECTS__ */
const variant = (options) => ({
    kind: 'variant', options,
    checkValue(value, parent, key, context) {
        return checkVariant(this, value, parent, key, context);
    },
});

/** Pieces more than one document type uses. */
/** Where something was reported: an agency or outlet. */
const sourceSchema = object({ name: text(), url: url() }, ['name']);
/** An image needs `alt`; `""` marks it as decoration. */
const imageSchema = object({ src: url(), alt: text({ allowEmpty: true }), caption: text(), credit: text(), width: number(1), height: number(1) }, ['src', 'alt']);

const quoteFields = {
    id: text(),
    lang: lang(),
    text: text(),
    speaker: object({ name: text(), role: text(), image: url(), url: url() }, ['name']),
    source: sourceSchema,
    date: date(),
    dateLabel: text(),
    context: text(),
    url: url(),
    translation: object({ lang: lang(), text: text() }, ['lang', 'text']),
};
const quoteSchema = object(quoteFields, ['text', 'speaker']);

const eventSchema = object({
    id: text(),
    date: date(),
    end: date(),
    dateLabel: text(),
    title: text(),
    text: text(),
    category: text(),
    location: text(),
    sources: array(sourceSchema, { dropInvalid: true }),
    image: imageSchema,
    url: url(),
}, ['date', 'title']);
/**
 * docs/data-format.md: events in date order whatever their order in the file (ties keep
 * file order: the sort is stable), ids unique (a repeat is left out), unknown
 * categories and spans that end before they start reported and ignored.
 */
function finishTimeline(timeline, { pathOf, warn }) {
    if (!Array.isArray(timeline.events))
        return timeline; // a timeline block given by `src`
    const categories = timeline.categories ?? {};
    const seen = new Set();
    const events = [];
    // Validation put only objects with these fields into `events`.
    const input = timeline.events;
    for (const event of input) {
        const path = () => pathOf('events', event);
        if (event.id !== undefined) {
            if (seen.has(event.id)) {
                warn(`${path()}.id`, `duplicate id ${JSON.stringify(event.id)}; left out`);
                continue;
            }
            seen.add(event.id);
        }
        if (event.category !== undefined && !Object.hasOwn(categories, event.category)) {
            warn(`${path()}.category`, `unknown category ${JSON.stringify(event.category)}; shown without one`);
            delete event.category;
        }
        if (event.end && comparePartialDates(event.end, event.date) < 0) {
            warn(`${path()}.end`, 'ends before it starts; ignored');
            delete event.end;
        }
        events.push(event);
    }
    return { ...timeline, events: events.sort((a, b) => comparePartialDates(a.date, b.date)) };
}
const timelineFields = {
    id: text(),
    lang: lang(),
    title: text(),
    description: text(),
    categories: record(object({ label: text(), color: color() }, ['label'])),
    events: array(eventSchema, { minItems: 1, dropInvalid: true }),
};
const timelineSchema = object(timelineFields, ['events'], finishTimeline);

const blockSchema = variant({
    paragraph: objectUnless('html', { text: text(), html: html(sanitizeHtml) }, ['text']),
    heading: object({ text: text() }, ['text']),
    list: object({ ordered: boolean(), items: array(text(), { minItems: 1, dropInvalid: true }) }, ['items']),
    image: imageSchema,
    // A quote or timeline block holds its own document's fields, or a `src` to load one.
    quote: objectUnless('src', { src: url(), ...quoteFields }, ['text', 'speaker']),
    timeline: objectUnless('src', { src: url(), ...timelineFields }, ['events'], finishTimeline),
});
const articleSchema = object({
    id: text(),
    lang: lang(),
    kicker: text(),
    headline: text(),
    dek: text(),
    dateline: text(),
    published: date(),
    updated: date(),
    authors: array(object({ name: text(), url: url() }, ['name']), { dropInvalid: true }),
    publisher: object({ name: text(), url: url(), logo: url() }, ['name']),
    image: imageSchema,
    body: array(blockSchema, { minItems: 1, dropInvalid: true }),
    tags: array(text(), { dropInvalid: true }),
    url: url(),
}, ['headline', 'body']);

/**
 * `Intl` constructors are slow (a timeline of 1,000 events would build 1,000
 * formatters) while their results are immutable, so every widget shares one
 * instance per locale and option set. The cache is bounded because `locale`
 * comes from pages and data we do not control.
 */
const MAX_ENTRIES = 64;
const cache = new Map();
function cached(key, create) {
    let value = cache.get(key); // stored by this function under this key, so of type T
    if (!value) {
        if (cache.size >= MAX_ENTRIES)
            cache.clear();
        value = create();
        cache.set(key, value);
    }
    return value;
}
function dateTimeFormat(locale, options) {
    return cached(`d|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}
function pluralRules(locale) {
    return cached(`p|${locale}`, () => new Intl.PluralRules(locale));
}
function languageNames(locale) {
    return cached(`l|${locale}`, () => new Intl.DisplayNames(locale, { type: 'language' }));
}

/** The form of a counted word that `locale`'s plural rules pick for `count`. */
function pluralForm(locale, count, forms) {
    return forms[pluralRules(locale).select(count)] ?? forms.other;
}

const ar = () => ({
    quoteMarks: ['”', '“'],
    dateTimeSeparator: '، ',
    approximate: (date) => `حوالي ${date}`,
    uncertain: (date) => `${date}؟`,
    loadingText: 'جارٍ التحميل…',
    invalidData: 'تعذّر عرض هذا المحتوى.',
    fetchFailed: 'تعذّر تحميل هذا المحتوى.',
    retryLabel: 'إعادة المحاولة',
    shareLabel: 'مشاركة',
    linkCopied: 'تم نسخ الرابط',
    showOriginal: (language) => `عرض النص الأصلي (${language})`,
    showTranslation: (language) => `عرض الترجمة (${language})`,
    showAll: (count) => `عرض ${pluralForm('ar', count, { zero: 'كل الأحداث', one: 'الحدث', two: 'الحدثين', few: `كل الأحداث الـ${count}`, many: `كل الأحداث الـ${count}`, other: `كل الأحداث الـ${count}` })}`,
    previousLabel: 'السابق',
    nextLabel: 'التالي',
    copyLink: 'نسخ رابط هذا الحدث',
    categoriesLabel: 'الفئات',
    sourcesLabel: 'المصادر',
    updatedLabel: 'حُدّث',
    tagsLabel: 'الوسوم',
    newEvents: (count) => pluralForm('ar', count, { zero: 'لا أحداث جديدة', one: 'حدث جديد', two: 'حدثان جديدان', few: `${count} أحداث جديدة`, many: `${count} حدثًا جديدًا`, other: `${count} حدث جديد` }),
    newMark: 'جديد',
});

const az = () => ({
    quoteMarks: ['“', '”'],
    dateTimeSeparator: ', ',
    monthNames: ['yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr', 'yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr'],
    approximate: (date) => `təxminən ${date}`,
    uncertain: (date) => `${date}?`,
    loadingText: 'Yüklənir…',
    invalidData: 'Bu materialı göstərmək mümkün olmadı.',
    fetchFailed: 'Bu materialı yükləmək mümkün olmadı.',
    retryLabel: 'Yenidən cəhd et',
    shareLabel: 'Paylaş',
    linkCopied: 'Keçid kopyalandı',
    showOriginal: (language) => `Orijinalı göstər (${language})`,
    showTranslation: (language) => `Tərcüməni göstər (${language})`,
    showAll: (count) => `Bütün ${count} hadisəni göstər`,
    previousLabel: 'Əvvəlki',
    nextLabel: 'Növbəti',
    copyLink: 'Bu hadisənin keçidini kopyala',
    categoriesLabel: 'Kateqoriyalar',
    sourcesLabel: 'Mənbələr',
    updatedLabel: 'yeniləndi',
    tagsLabel: 'Teqlər',
    newEvents: (count) => `${count} yeni hadisə`,
    newMark: 'Yeni',
});

const be = () => ({
    quoteMarks: ['«', '»'],
    dateTimeSeparator: ', ',
    monthNames: [
        'студзень люты сакавік красавік май чэрвень ліпень жнівень верасень кастрычнік лістапад снежань',
        'студзеня лютага сакавіка красавіка мая чэрвеня ліпеня жніўня верасня кастрычніка лістапада снежня',
    ],
    approximate: (date) => `каля ${date}`,
    uncertain: (date) => `${date}?`,
    loadingText: 'Загрузка…',
    invalidData: 'Не ўдалося паказаць гэты матэрыял.',
    fetchFailed: 'Не ўдалося загрузіць гэты матэрыял.',
    retryLabel: 'Паўтарыць',
    shareLabel: 'Падзяліцца',
    linkCopied: 'Спасылка скапіявана',
    showOriginal: (language) => `Паказаць арыгінал (${language})`,
    showTranslation: (language) => `Паказаць пераклад (${language})`,
    showAll: (count) => `Паказаць усе ${count} ${pluralForm('be', count, { one: 'падзею', many: 'падзей', other: 'падзеі' })}`,
    previousLabel: 'Назад',
    nextLabel: 'Далей',
    copyLink: 'Скапіяваць спасылку на гэту падзею',
    categoriesLabel: 'Катэгорыі',
    sourcesLabel: 'Крыніцы',
    updatedLabel: 'абноўлена',
    tagsLabel: 'Тэгі',
    newEvents: (count) => `${count} ${pluralForm('be', count, { one: 'новая падзея', many: 'новых падзей', other: 'новыя падзеі' })}`,
    newMark: 'Новае',
});

const de = () => ({
    quoteMarks: ['„', '“'],
    dateTimeSeparator: ', ',
    approximate: (date) => `um ${date}`,
    uncertain: (date) => `${date}?`,
    loadingText: 'Wird geladen…',
    invalidData: 'Dieser Inhalt kann nicht angezeigt werden.',
    fetchFailed: 'Dieser Inhalt konnte nicht geladen werden.',
    retryLabel: 'Erneut versuchen',
    shareLabel: 'Teilen',
    linkCopied: 'Link kopiert',
    showOriginal: (language) => `Original anzeigen (${language})`,
    showTranslation: (language) => `Übersetzung anzeigen (${language})`,
    showAll: (count) => pluralForm('de', count, { one: '1 Ereignis anzeigen', other: `Alle ${count} Ereignisse anzeigen` }),
    previousLabel: 'Zurück',
    nextLabel: 'Weiter',
    copyLink: 'Link zu diesem Ereignis kopieren',
    categoriesLabel: 'Kategorien',
    sourcesLabel: 'Quellen',
    updatedLabel: 'aktualisiert',
    tagsLabel: 'Schlagwörter',
    newEvents: (count) => `${count} ${pluralForm('de', count, { one: 'neues Ereignis', other: 'neue Ereignisse' })}`,
    newMark: 'Neu',
});

const en = () => ({
    quoteMarks: ['“', '”'],
    dateTimeSeparator: ', ',
    approximate: (date) => `c. ${date}`,
    uncertain: (date) => `${date}?`,
    loadingText: 'Loading…',
    invalidData: 'This content could not be shown.',
    fetchFailed: 'This content could not be loaded.',
    retryLabel: 'Try again',
    shareLabel: 'Share',
    linkCopied: 'Link copied',
    showOriginal: (language) => `Show original in ${language}`,
    showTranslation: (language) => `Show translation in ${language}`,
    showAll: (count) => `Show all ${count} ${pluralForm('en', count, { one: 'event', other: 'events' })}`,
    previousLabel: 'Previous',
    nextLabel: 'Next',
    copyLink: 'Copy link to this event',
    categoriesLabel: 'Categories',
    sourcesLabel: 'Sources',
    updatedLabel: 'Updated',
    tagsLabel: 'Tags',
    newEvents: (count) => `${count} new ${pluralForm('en', count, { one: 'event', other: 'events' })}`,
    newMark: 'New',
});

const es = () => ({
    quoteMarks: ['«', '»'],
    dateTimeSeparator: ', ',
    approximate: (date) => `hacia ${date}`,
    uncertain: (date) => `${date}?`,
    loadingText: 'Cargando…',
    invalidData: 'No se pudo mostrar este contenido.',
    fetchFailed: 'No se pudo cargar este contenido.',
    retryLabel: 'Reintentar',
    shareLabel: 'Compartir',
    linkCopied: 'Enlace copiado',
    showOriginal: (language) => `Ver el original (${language})`,
    showTranslation: (language) => `Ver la traducción (${language})`,
    showAll: (count) => pluralForm('es', count, { one: 'Mostrar el evento', other: `Mostrar los ${count} eventos` }),
    previousLabel: 'Anterior',
    nextLabel: 'Siguiente',
    copyLink: 'Copiar el enlace a este evento',
    categoriesLabel: 'Categorías',
    sourcesLabel: 'Fuentes',
    updatedLabel: 'actualizado',
    tagsLabel: 'Etiquetas',
    newEvents: (count) => `${count} ${pluralForm('es', count, { one: 'evento nuevo', other: 'eventos nuevos' })}`,
    newMark: 'Nuevo',
});

const fa = () => ({
    quoteMarks: ['«', '»'],
    dateTimeSeparator: '، ',
    approximate: (date) => `حدود ${date}`,
    uncertain: (date) => `${date}؟`,
    loadingText: 'در حال بارگیری…',
    invalidData: 'نمایش این محتوا ممکن نشد.',
    fetchFailed: 'بارگیری این محتوا ممکن نشد.',
    retryLabel: 'تلاش دوباره',
    shareLabel: 'هم‌رسانی',
    linkCopied: 'پیوند کپی شد',
    showOriginal: (language) => `نمایش متن اصلی (${language})`,
    showTranslation: (language) => `نمایش ترجمه (${language})`,
    showAll: (count) => `نمایش همهٔ ${count} رویداد`,
    previousLabel: 'قبلی',
    nextLabel: 'بعدی',
    copyLink: 'کپی پیوند این رویداد',
    categoriesLabel: 'دسته‌ها',
    sourcesLabel: 'منابع',
    updatedLabel: 'به‌روزرسانی',
    tagsLabel: 'برچسب‌ها',
    newEvents: (count) => `${count} رویداد تازه`,
    newMark: 'تازه',
});

// French sets « » and the colon off with a narrow no-break space (U+202F).
const fr = () => ({
    quoteMarks: ['«\u202f', '\u202f»'],
    dateTimeSeparator: ' à ',
    approximate: (date) => `vers ${date}`,
    uncertain: (date) => `${date}\u202f?`,
    loadingText: 'Chargement…',
    invalidData: 'Ce contenu ne peut pas être affiché.',
    fetchFailed: 'Ce contenu n’a pas pu être chargé.',
    retryLabel: 'Réessayer',
    shareLabel: 'Partager',
    linkCopied: 'Lien copié',
    showOriginal: (language) => `Afficher l’original (${language})`,
    showTranslation: (language) => `Afficher la traduction (${language})`,
    showAll: (count) => pluralForm('fr', count, { one: 'Afficher l’événement', other: `Afficher les ${count} événements` }),
    previousLabel: 'Précédent',
    nextLabel: 'Suivant',
    copyLink: 'Copier le lien vers cet événement',
    categoriesLabel: 'Catégories',
    sourcesLabel: 'Sources',
    updatedLabel: 'mis à jour',
    tagsLabel: 'Mots-clés',
    newEvents: (count) => `${count} ${pluralForm('fr', count, { one: 'nouvel événement', other: 'nouveaux événements' })}`,
    newMark: 'Nouveau',
});

const he = () => ({
    quoteMarks: ['”', '”'],
    dateTimeSeparator: ', ',
    approximate: (date) => `בסביבות ${date}`,
    uncertain: (date) => `${date}?`,
    loadingText: 'טוען…',
    invalidData: 'לא ניתן להציג תוכן זה.',
    fetchFailed: 'לא ניתן לטעון תוכן זה.',
    retryLabel: 'ניסיון חוזר',
    shareLabel: 'שיתוף',
    linkCopied: 'הקישור הועתק',
    showOriginal: (language) => `הצגת המקור (${language})`,
    showTranslation: (language) => `הצגת התרגום (${language})`,
    showAll: (count) => pluralForm('he', count, { one: 'הצגת האירוע', other: `הצגת כל ${count} האירועים` }),
    previousLabel: 'הקודם',
    nextLabel: 'הבא',
    copyLink: 'העתקת קישור לאירוע הזה',
    categoriesLabel: 'קטגוריות',
    sourcesLabel: 'מקורות',
    updatedLabel: 'עודכן',
    tagsLabel: 'תגיות',
    newEvents: (count) => pluralForm('he', count, { one: 'אירוע חדש אחד', other: `${count} אירועים חדשים` }),
    newMark: 'חדש',
});

const kk = () => ({
    quoteMarks: ['«', '»'],
    dateTimeSeparator: ', ',
    monthNames: ['қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан', 'қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан'],
    approximate: (date) => `шамамен ${date}`,
    uncertain: (date) => `${date}?`,
    loadingText: 'Жүктелуде…',
    invalidData: 'Бұл материалды көрсету мүмкін болмады.',
    fetchFailed: 'Бұл материалды жүктеу мүмкін болмады.',
    retryLabel: 'Қайталау',
    shareLabel: 'Бөлісу',
    linkCopied: 'Сілтеме көшірілді',
    showOriginal: (language) => `Түпнұсқаны көрсету (${language})`,
    showTranslation: (language) => `Аударманы көрсету (${language})`,
    showAll: (count) => `Барлық ${count} оқиғаны көрсету`,
    previousLabel: 'Артқа',
    nextLabel: 'Алға',
    copyLink: 'Осы оқиғаның сілтемесін көшіру',
    categoriesLabel: 'Санаттар',
    sourcesLabel: 'Дереккөздер',
    updatedLabel: 'жаңартылды',
    tagsLabel: 'Тегтер',
    newEvents: (count) => `${count} жаңа оқиға`,
    newMark: 'Жаңа',
});

// Mid-sentence, a Russian language name is lower-case; WebKit's Intl.DisplayNames capitalises it.
const midSentence = (name) => name.charAt(0).toLocaleLowerCase('ru') + name.slice(1);
const ru = () => ({
    quoteMarks: ['«', '»'],
    dateTimeSeparator: ', ',
    approximate: (date) => `около ${date}`,
    uncertain: (date) => `${date}?`,
    loadingText: 'Загрузка…',
    invalidData: 'Не удалось показать этот материал.',
    fetchFailed: 'Не удалось загрузить этот материал.',
    retryLabel: 'Повторить',
    shareLabel: 'Поделиться',
    linkCopied: 'Ссылка скопирована',
    showOriginal: (language) => `Показать оригинал (${midSentence(language)})`,
    showTranslation: (language) => `Показать перевод (${midSentence(language)})`,
    showAll: (count) => `Показать все ${count} ${pluralForm('ru', count, { one: 'событие', few: 'события', other: 'событий' })}`,
    previousLabel: 'Назад',
    nextLabel: 'Вперёд',
    copyLink: 'Скопировать ссылку на это событие',
    categoriesLabel: 'Категории',
    sourcesLabel: 'Источники',
    updatedLabel: 'обновлено',
    tagsLabel: 'Теги',
    newEvents: (count) => `${count} ${pluralForm('ru', count, { one: 'новое событие', few: 'новых события', other: 'новых событий' })}`,
    newMark: 'Новое',
});

const tr = () => ({
    quoteMarks: ['“', '”'],
    dateTimeSeparator: ' ',
    approximate: (date) => `yaklaşık ${date}`,
    uncertain: (date) => `${date}?`,
    loadingText: 'Yükleniyor…',
    invalidData: 'Bu içerik gösterilemedi.',
    fetchFailed: 'Bu içerik yüklenemedi.',
    retryLabel: 'Yeniden dene',
    shareLabel: 'Paylaş',
    linkCopied: 'Bağlantı kopyalandı',
    showOriginal: (language) => `Orijinali göster (${language})`,
    showTranslation: (language) => `Çeviriyi göster (${language})`,
    showAll: (count) => `${count} olayın tümünü göster`,
    previousLabel: 'Önceki',
    nextLabel: 'Sonraki',
    copyLink: 'Bu olayın bağlantısını kopyala',
    categoriesLabel: 'Kategoriler',
    sourcesLabel: 'Kaynaklar',
    updatedLabel: 'güncellendi',
    tagsLabel: 'Etiketler',
    newEvents: (count) => `${count} yeni olay`,
    newMark: 'Yeni',
});

const uk = () => ({
    quoteMarks: ['«', '»'],
    dateTimeSeparator: ', ',
    approximate: (date) => `близько ${date}`,
    uncertain: (date) => `${date}?`,
    loadingText: 'Завантаження…',
    invalidData: 'Не вдалося показати цей матеріал.',
    fetchFailed: 'Не вдалося завантажити цей матеріал.',
    retryLabel: 'Повторити',
    shareLabel: 'Поділитися',
    linkCopied: 'Посилання скопійовано',
    showOriginal: (language) => `Показати оригінал (${language})`,
    showTranslation: (language) => `Показати переклад (${language})`,
    showAll: (count) => `Показати всі ${count} ${pluralForm('uk', count, { one: 'подію', many: 'подій', other: 'події' })}`,
    previousLabel: 'Назад',
    nextLabel: 'Далі',
    copyLink: 'Скопіювати посилання на цю подію',
    categoriesLabel: 'Категорії',
    sourcesLabel: 'Джерела',
    updatedLabel: 'оновлено',
    tagsLabel: 'Теги',
    newEvents: (count) => `${count} ${pluralForm('uk', count, { one: 'нова подія', many: 'нових подій', other: 'нові події' })}`,
    newMark: 'Нове',
});

const zh = () => ({
    quoteMarks: ['“', '”'],
    dateTimeSeparator: ' ',
    approximate: (date) => `约${date}`,
    uncertain: (date) => `${date}？`,
    loadingText: '正在加载…',
    invalidData: '无法显示此内容。',
    fetchFailed: '无法加载此内容。',
    retryLabel: '重试',
    shareLabel: '分享',
    linkCopied: '链接已复制',
    showOriginal: (language) => `显示原文（${language}）`,
    showTranslation: (language) => `显示译文（${language}）`,
    showAll: (count) => `显示全部 ${count} 个事件`,
    previousLabel: '上一个',
    nextLabel: '下一个',
    copyLink: '复制此事件的链接',
    categoriesLabel: '类别',
    sourcesLabel: '来源',
    updatedLabel: '更新于',
    tagsLabel: '标签',
    newEvents: (count) => `${count} 个新事件`,
    newMark: '新',
});

/**
 * The languages Lede speaks; any other falls back to English. Each table is a
 * full `UiStrings`, built the first time a widget speaks it: a page holds the
 * strings of the languages it shows, not of all fourteen.
 */
const TABLES = { ar, az, be, de, en, es, fa, fr, he, kk, ru, tr, uk, zh };
const built = {};
const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);
function canonical(tag) {
    if (!tag)
        return undefined;
    try {
        return Intl.getCanonicalLocales(tag.trim())[0];
    }
    catch {
        return undefined; // not BCP 47: try the next candidate
    }
}
function languageOf(locale) {
    return locale.split('-')[0].toLowerCase();
}
function directionOf(locale) {
    return RTL_LANGUAGES.has(languageOf(locale)) ? 'rtl' : 'ltr';
}
/** Between the items of a list of names: the Arabic comma in the languages written in Arabic script, the ideographic one in Chinese. */
function listSeparator(language) {
    return /^(ar|fa|ur|ps|ckb|sd|ug)$/.test(language) ? '، ' : language === 'zh' ? '、' : ', ';
}
/** The language a widget in `locale` speaks: its own if Lede has its strings, else English. */
function uiLanguage(locale) {
    const language = languageOf(locale);
    return Object.hasOwn(TABLES, language) ? language : 'en';
}
function stringsFor(locale) {
    const language = uiLanguage(locale);
    return (built[language] ??= TABLES[language]());
}
/**
 * docs/languages.md: the first well-formed tag of, in order, the `locale` attribute, the
 * data's `lang`, the nearest `lang` attribute and `navigator.language`; else `en`.
 */
function resolveLocale(...candidates) {
    let locale = 'en';
    for (const candidate of candidates) {
        const tag = canonical(candidate);
        if (tag) {
            locale = tag;
            break;
        }
    }
    return { locale, language: languageOf(locale), dir: directionOf(locale), strings: stringsFor(locale) };
}

// Always the Gregorian calendar: a newsroom's "2024-12" is that Gregorian month, which a
// Persian or Hijri calendar would have to split across two of its own months.
const MONTH = { year: 'numeric', month: 'long', timeZone: 'UTC', calendar: 'gregory' };
// A year alone is read off the month-and-year format: creating a formatter is
// the slowest step of a widget's first render, so there is one fewer to create.
const DATE_OPTIONS = {
    year: MONTH,
    month: MONTH,
    day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC', calendar: 'gregory' },
    time: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC', calendar: 'gregory' },
};
const TIME_OPTIONS = { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' };
// The languages with their own month names (below) all write a 24-hour clock.
const TIME_24 = { ...TIME_OPTIONS, hourCycle: 'h23' };
// Arabic without a region writes Latin digits since CLDR 44 (Chromium, Firefox, Node), as the UI
// strings write their counts; an older ICU (WebKitGTK on Debian 12, ICU 72) would write "٢٥ ديسمبر
// ٢٠٢٤" next to "3 أحداث جديدة", and server-rendered text would change on hydration.
const formatLocale = (locale) => (locale === 'ar' ? 'ar-u-nu-latn' : locale);
function formatCalendarDate(wallClock, precision, locale, { monthNames: months }) {
    if (months && precision !== 'year') {
        // Month names of a language some browsers' Intl has no data for ("2024 M12"):
        // "снежань 2024" (the nominative of the standalone form), "25 снежня 2024".
        const [standalone, format] = months.map((names) => names.split(' ')[wallClock.getUTCMonth()]);
        const year = wallClock.getUTCFullYear();
        return precision === 'month' ? `${standalone} ${year}` : `${wallClock.getUTCDate()} ${format} ${year}`;
    }
    let parts = dateTimeFormat(locale, DATE_OPTIONS[precision]).formatToParts(wallClock);
    if (precision === 'year') {
        // The year and what is written onto it ("2024年"), not a spaced suffix ("2024 г.").
        const at = parts.findIndex((part) => part.type === 'year');
        parts = parts.slice(at, at + 2).filter((part, index) => !index || !/^\s/.test(part.value));
    }
    // Drop a spaced suffix after the year ("2024 г.", "2024 р."): news style writes
    // "7 октября 2025", and "около 2019 г." reads worse than "около 2019". Unspaced
    // literals are part of the date itself ("2024年12月") and stay.
    while (parts.length > 1 && parts[parts.length - 1].type === 'literal' && /^\s/.test(parts[parts.length - 1].value)) {
        parts.pop();
    }
    return parts.map((part) => part.value).join('');
}
/**
 * The date in `locale`, in its own precision: `2024-12` is "декабрь 2024" (the
 * month-and-year pattern gives the nominative), never a day. Date-only values
 * are formatted in UTC so no reader's time zone shifts them; a date-time shows
 * the wall-clock time of its own offset, as the newsroom wrote it.
 */
function formatPartialDate(date, locale, strings) {
    const intlLocale = formatLocale(locale);
    const wallClock = new Date(date.start + (date.offset ?? 0) * 60_000);
    let text = formatCalendarDate(wallClock, date.precision, intlLocale, strings);
    if (date.precision === 'time')
        text += strings.dateTimeSeparator + dateTimeFormat(intlLocale, strings.monthNames ? TIME_24 : TIME_OPTIONS).format(wallClock);
    if (date.approximate)
        text = strings.approximate(text);
    if (date.uncertain)
        text = strings.uncertain(text);
    return text;
}
/**
 * Builds the locale's day formatter ahead of need. The first `Intl.DateTimeFormat`
 * of a page costs the browser 20–40 ms of setup; a widget waiting for its `src`
 * pays it while the network works instead of after.
 */
function prepareDateFormats(locale) {
    dateTimeFormat(formatLocale(locale), DATE_OPTIONS.day);
}

/**
 * `inlineJson` is the text of the element's `<script type="application/json">`, if it has one;
 * `baseUrl` is the page's. Throws only for a `src` that is no URL, which fails like a fetch.
 */
function chooseSource(data, inlineJson, src, baseUrl) {
    if (data !== undefined)
        return { parsedJson: data, baseUrl };
    if (inlineJson !== undefined) {
        try {
            return { parsedJson: JSON.parse(inlineJson), baseUrl };
        }
        catch (error) {
            return { error: String(error) };
        }
    }
    return src ? { url: new URL(src, baseUrl).href } : undefined;
}
/**
 * One check of `url` for a new version of the document shown (`known`): null when it is the same
 * one; throws when it cannot be fetched or is not valid, so the version shown stays.
 */
async function fetchNewVersion(url, timeout, known, schema, type) {
    const fetched = await fetchDocument(url, { timeout, known });
    if (!fetched)
        return null;
    const result = await validateInSlices(schema, type, fetched.parsedJson, fetched.url);
    if (!result?.ok)
        throw new Error(`the new version is not valid: ${result?.issues.find((issue) => issue.severity === 'error')?.message}`);
    return { fetched, model: result.model, issues: result.issues };
}

/** Attributes of every element that reflect no property of a widget; the rest are found with `in`. */
const OTHER_ATTRIBUTES = /^(data-|aria-|on)|^(class|tabindex|is|accesskey|contenteditable|exportparts)$/;
/** `scr="…"` or `colapsed-after` would be ignored without a word: a warning for each attribute near a known name. */
function checkAttributes(element) {
    // Lit's own idiom: the instance's class holds what its properties observe.
    const known = element.constructor.observedAttributes;
    const issues = [];
    for (const { name } of element.attributes) {
        const nearest = known.includes(name) || OTHER_ATTRIBUTES.test(name) || name in element ? undefined : nearestName(name, known);
        if (nearest)
            issues.push({ path: '', message: `unknown attribute "${name}"; did you mean "${nearest}"?`, severity: 'warning' });
    }
    return issues;
}

/** Relative luminance (WCAG 2.2) of red, green and blue channels, each 0–255. */
function channelLuminance(channels) {
    const [r = 0, g = 0, b = 0] = channels.map((value) => {
        const channel = value / 255;
        return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
/** Relative luminance of a `#rgb` / `#rrggbb` colour (WCAG 2.2). */
function luminance(hex) {
    const digits = hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit) : [hex.slice(1, 3), hex.slice(3, 5), hex.slice(5, 7)];
    return channelLuminance(digits.map((pair) => parseInt(pair, 16)));
}
/** Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05); they are equal at L ≈ 0.179. */
const DARK_BELOW = 0.179;
/**
 * Black or white, whichever reads better on `background`: a category colour
 * comes from the data, so the chip's text must adapt to whatever it is.
 */
function readableTextOn(background) {
    return luminance(background) > DARK_BELOW ? '#000' : '#fff';
}

/** The canvas behind a transparent page: the engines' own defaults are white, and a near-black in dark. */
const LIGHT_CANVAS = [255, 255, 255];
const DARK_CANVAS = [18, 18, 18];
let scratch;
/**
 * A computed colour as RGBA. Engines give `rgb()` / `rgba()` for the usual
 * colours and keep other spaces (`oklch()`, `color(display-p3 …)`) as they
 * are: a 1×1 canvas converts those rather than code for every space.
 */
function toRgba(colour) {
    if (colour.startsWith('rgb')) {
        const [r = 0, g = 0, b = 0, alpha = 1] = colour.match(/[\d.]+/g)?.map(Number) ?? [];
        return [r, g, b, alpha];
    }
    scratch ??= new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true });
    if (!scratch)
        return [0, 0, 0, 0];
    scratch.clearRect(0, 0, 1, 1);
    // A colour the canvas cannot read leaves the last one set: start from nothing.
    scratch.fillStyle = 'transparent';
    scratch.fillStyle = colour;
    scratch.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, alpha = 0] = scratch.getImageData(0, 0, 1, 1).data;
    return [r, g, b, alpha / 255];
}
/** Where an element's box is drawn: its slot, its parent, or across a shadow root its host. */
const parentBox = (element) => element.assignedSlot ?? element.parentElement ?? (element.parentNode instanceof ShadowRoot ? element.parentNode.host : null);
/**
 * Whether what is painted behind `element` is dark: the background colours of
 * its ancestors up to the first opaque one, laid over the canvas, which is
 * dark only when the page's `color-scheme` allows dark and the reader prefers
 * it (`prefersDark`). Background images are not looked at.
 */
function isDarkBehind(element, prefersDark) {
    const layers = [];
    for (let node = parentBox(element); node; node = parentBox(node)) {
        // A translucent background is laid over what is behind it, as painted: a faint tint changes next to nothing.
        const layer = toRgba(getComputedStyle(node).backgroundColor);
        layers.unshift(layer);
        if (layer[3] >= 1)
            break;
    }
    const root = getComputedStyle(document.documentElement).colorScheme || 'normal';
    const declared = root === 'normal' ? document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '' : root;
    let behind = prefersDark && /\bdark\b/.test(declared) ? DARK_CANVAS : LIGHT_CANVAS;
    for (const layer of layers)
        behind = behind.map((channel, index) => layer[index] * layer[3] + channel * (1 - layer[3]));
    return channelLuminance(behind) < DARK_BELOW;
}
/**
 * Every `theme="auto"` widget on the page, told whether the page behind it is
 * dark. They share one observer and one media listener, set up while there is
 * at least one; a change of the page is looked at once, in the next frame.
 */
const followers = new Map();
let darkQuery;
let observer;
let frame = 0;
function show(element, apply) {
    let dark = false;
    try {
        dark = isDarkBehind(element, !!darkQuery?.matches);
    }
    catch {
        // a page's broken getComputedStyle or canvas: light, as without a script
    }
    apply(dark);
}
const showAll = () => {
    frame = 0;
    followers.forEach((apply, element) => show(element, apply));
};
const schedule = () => {
    frame ||= requestAnimationFrame(showAll);
};
/** A background that eased into its new colour, or a stylesheet that has just loaded. */
const onPageEvent = (event) => {
    const { target } = event;
    if (target === document.documentElement || target === document.body || target instanceof HTMLLinkElement)
        schedule();
};
const PAGE_EVENTS = ['transitionend', 'load'];
/** Calls `apply` now and whenever the page behind `element` may have turned dark or light. */
function followPageScheme(element, apply) {
    if (!followers.size) {
        darkQuery = matchMedia('(prefers-color-scheme: dark)');
        darkQuery.addEventListener('change', schedule);
        // A page switches its theme with a class, a style or data attribute on html or body, or a stylesheet in head.
        observer = new MutationObserver(schedule);
        observer.observe(document.documentElement, { attributes: true });
        if (document.body)
            observer.observe(document.body, { attributes: true });
        if (document.head)
            observer.observe(document.head, { attributes: true, childList: true, subtree: true, characterData: true });
        for (const type of PAGE_EVENTS)
            document.addEventListener(type, onPageEvent, true);
    }
    followers.set(element, apply);
    show(element, apply);
}
function unfollowPageScheme(element) {
    if (!followers.delete(element) || followers.size)
        return;
    darkQuery?.removeEventListener('change', schedule);
    observer?.disconnect();
    for (const type of PAGE_EVENTS)
        document.removeEventListener(type, onPageEvent, true);
    cancelAnimationFrame(frame);
    frame = 0;
}

/**
 * `theme="auto"` on the page: the host carries `data-lede-dark` while the page
 * behind it is dark, followed from connection to disconnection and across theme changes.
 */
function followPageTheme(host) {
    let following = false;
    const follow = () => {
        const auto = host.isConnected && host.theme !== 'light' && host.theme !== 'dark';
        if (auto === following)
            return;
        following = auto;
        if (auto)
            followPageScheme(host, (dark) => host.toggleAttribute('data-lede-dark', dark));
        else {
            unfollowPageScheme(host);
            host.removeAttribute('data-lede-dark');
        }
    };
    host.addController({ hostConnected: follow, hostDisconnected: follow, hostUpdate: follow });
}

/**
 * Shared by every widget: the colour tokens and both themes on the host; the
 * reset that keeps the host page's inherited styles out of what the widget
 * draws (`.lede`: `all: initial` leaves custom properties alone, so theming
 * still reaches in), while fallback content keeps the page's own look; the
 * notice and the debug list.
 */
const hostStyles = css `:host{--_text:var(--lede-color-text,#1b1b1f);--_muted:var(--lede-color-muted,color-mix(in srgb, var(--_text) 72%, var(--_background)));--_background:var(--lede-color-background,#fff);--_surface:var(--lede-color-surface,#f5f5f7);--_border:var(--lede-color-border,#d4d4d8);--_accent:var(--lede-color-accent,#b3261e);--_link:var(--lede-color-link,#0b57d0);--_font:var(--lede-font-family,system-ui, sans-serif);--_font-serif:var(--lede-font-family-serif,Georgia, serif);--_radius:var(--lede-radius,.75rem);--_space:var(--lede-space,1rem);--_canvas:transparent;color-scheme:light;display:flow-root}.lede{all:initial;color-scheme:inherit;box-sizing:border-box;background:var(--_canvas);color:var(--_text);font-family:var(--_font);font-size:var(--lede-font-size,1rem);text-align:start;overflow-wrap:break-word;line-height:1.5;display:block}[dir=ltr]{text-align:left}[dir=rtl]{text-align:right}[hidden]{display:none!important}:host([hidden]){display:none}:host([theme=dark]),:host([data-lede-dark]:not([theme=light])){--_text:var(--lede-color-text,#ececf1);--_background:var(--lede-color-background,#18181b);--_surface:var(--lede-color-surface,#242428);--_border:var(--lede-color-border,#3f3f46);--_accent:var(--lede-color-accent,#ff948c);--_link:var(--lede-color-link,#9cc3ff);--_canvas:var(--_background);color-scheme:dark}a{color:var(--_link);text-underline-offset:.15em}button,summary{font:inherit;color:var(--_text);background:var(--_surface);border:1px solid var(--_border);cursor:pointer;border-radius:999px;padding:.25em .9em;font-size:.875em}[inert]{visibility:hidden}button:hover,summary:hover{border-color:var(--_muted)}:focus-visible{outline:2px solid var(--_link);outline-offset:2px}[part=notice]{padding:var(--_space);border:1px dashed var(--_border);border-radius:var(--_radius);color:var(--_muted);flex-wrap:wrap;align-items:center;gap:1rem;display:flex}.hidden-text{clip-path:inset(50%);white-space:nowrap;width:1px;height:1px;position:absolute;overflow:hidden}[part=issues]{margin:.5rem 0 0;font:.8125rem/1.4 ui-monospace,monospace}`;

/** A widget's inline document: a JSON script that is its own child. */
const INLINE_JSON = ':scope > script[type="application/json"]';
/**
 * Upgraded while the parser is still inside the element: its inline JSON may come next. `done` is
 * called as soon as that JSON is complete, most often before the page's first paint, so nothing
 * below the widget moves; DOMContentLoaded is the last word.
 */
function awaitInlineJson(element, done) {
    const finish = () => {
        observer.disconnect();
        document.removeEventListener('DOMContentLoaded', finish);
        done();
    };
    const observer = new MutationObserver(() => {
        const text = element.querySelector(INLINE_JSON)?.textContent?.trim();
        // A JSON object is complete only with its last '}': parse no partial text that cannot be.
        try {
            if (text?.endsWith('}') && JSON.parse(text))
                finish();
        }
        catch {
            // not all of it parsed yet
        }
    });
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    document.addEventListener('DOMContentLoaded', finish);
}

/** How near the viewport a lazy widget starts loading: soon enough to be ready when it scrolls in. */
const LAZY_MARGIN = '600px';
/**
 * `loading="lazy"`: the host waits (nothing fetched or rendered, the fallback
 * stays) until it nears the viewport, then updates once more and loads.
 * Returns whether the host is still waiting.
 */
function lazyLoading(host) {
    let near = false;
    /** Watches the host until it nears the viewport; unset once it has. */
    let observer;
    const waiting = () => host.loading === 'lazy' && !near;
    const stop = () => {
        observer?.disconnect();
        observer = undefined;
    };
    host.addController({
        hostUpdated() {
            if (!waiting() || observer)
                return;
            observer = new IntersectionObserver(([entry]) => {
                if (!entry?.isIntersecting)
                    return;
                near = true;
                stop();
                host.requestUpdate();
            }, { rootMargin: LAZY_MARGIN });
            observer.observe(host);
        },
        hostDisconnected: stop,
    });
    return waiting;
}

/**
 * The `lang` of the closest ancestor that has one, crossing shadow roots, so a
 * quote inside an article's shadow DOM still finds the article's language.
 */
function nearestLang(element) {
    let node = element;
    while (node) {
        const tagged = node.closest('[lang]');
        if (tagged)
            return tagged.getAttribute('lang') || undefined;
        const root = node.getRootNode();
        node = root instanceof ShadowRoot ? root.host : null;
    }
    return undefined;
}

const NO_DATA = {
    path: '',
    message: 'no data: set its `data` property, put a <script type="application/json"> in it or give it a `src`',
    severity: 'warning',
};
/**
 * A widget given nothing would say "loading" forever: `warn` is called if it still has nothing
 * once the page is parsed and a frame has passed (a framework sets `data` right after creating
 * the element, well before that).
 */
function expectData(element, warn) {
    requestAnimationFrame(() => setTimeout(() => {
        if (element.state === 'loading' && element.isConnected && element.data === undefined && !element.model && !element.src && !element.querySelector(INLINE_JSON))
            warn();
    }));
}

/** `refresh` below this many seconds is raised to it: a newsroom's server must not be hammered. */
const MIN_REFRESH_SECONDS = 15;
/** Failures double the wait up to this. */
const MAX_REFRESH_SECONDS = 600;
/**
 * Calls `check` every `seconds` while the page is visible and the element is
 * on screen. A check that falls due while either is not waits, and runs once
 * as soon as both are true again. Failed checks double the wait, up to ten
 * minutes; a good one goes back to `seconds`.
 */
class RefreshPoller {
    #timer;
    #observer;
    #seconds = 0;
    #failures = 0;
    #onScreen = false;
    #due = false;
    #checking = false;
    constructor(element, 
    /** Resolves true when the document was checked (changed or not), false when the check failed. */
    check) {
        this.element = element;
        this.check = check;
    }
    get running() {
        return this.#seconds > 0;
    }
    start(seconds) {
        seconds = Math.max(MIN_REFRESH_SECONDS, seconds);
        if (seconds === this.#seconds)
            return;
        this.stop();
        this.#seconds = seconds;
        this.#observer = new IntersectionObserver(([entry]) => {
            this.#onScreen = !!entry?.isIntersecting;
            this.#resume();
        });
        this.#observer.observe(this.element);
        document.addEventListener('visibilitychange', this.#resume);
        this.#schedule();
    }
    stop() {
        clearTimeout(this.#timer);
        this.#observer?.disconnect();
        this.#observer = undefined;
        document.removeEventListener('visibilitychange', this.#resume);
        this.#seconds = this.#failures = 0;
        this.#due = false;
    }
    #schedule() {
        clearTimeout(this.#timer);
        const seconds = Math.min(MAX_REFRESH_SECONDS, this.#seconds * 2 ** this.#failures);
        this.#timer = setTimeout(() => {
            this.#due = true;
            this.#resume();
        }, seconds * 1000);
    }
    #resume = async () => {
        if (!this.#due || this.#checking || !this.#onScreen || document.visibilityState === 'hidden')
            return;
        this.#due = false;
        this.#checking = true;
        const ok = await this.check();
        this.#checking = false;
        if (!this.running)
            return; // stopped while checking
        this.#failures = ok ? 0 : this.#failures + 1;
        this.#schedule();
    };
}

/** What a widget without fallback content shows when it fails; a failed fetch can be retried. */
function renderNotice({ locale, dir, strings }, code, retry) {
    const retryable = code === 'fetch-failed' || code === 'timeout';
    return html$1 `<div part="notice" role="status" lang="${locale}" dir="${dir}"> <span>${retryable ? strings.fetchFailed : strings.invalidData}</span> ${retryable ? html$1 `<button part="retry" type="button" @click="${retry}">${strings.retryLabel}</button>` : nothing} </div>`;
}
/** The `debug` list: for editors, like the console, in English. */
function renderIssues(issues) {
    return html$1 `<ul part="issues" lang="en" dir="ltr" aria-label="${`Left out: ${issues.length}`}"> ${issues.map((issue) => html$1 `<li><code>${issue.path}</code> ${issue.message}</li>`)} </ul>`;
}

/**
 * The one place problems reach the console, so it and the events' `issues` agree. Each line
 * names the element (a page may hold ten); a warning is written once per element (`warned`).
 */
function reportIssues(element, issues, warned) {
    const label = `<${element.localName}${element.id ? ` id="${element.id}"` : ''}${element.src ? ` src="${element.src}"` : ''}>`;
    const errors = [];
    for (const { path, message, severity } of issues) {
        const line = path ? `${path}: ${message}` : message;
        if (severity === 'error')
            errors.push(line);
        else if (!warned.has(line)) {
            warned.add(line);
            console.warn(label, line);
        }
    }
    if (errors.length)
        console.error(label, `could not show its data: ${errors.join('; ')}`);
}

/**
 * The retry control's press removes it: once the retried load ends, focus goes
 * on to what replaced it, the content (read from its start, focusable only
 * until it loses focus) or the new notice's retry; unless the reader has gone
 * on elsewhere meanwhile. Returns what the retry control calls when pressed.
 */
function retryFocus(host) {
    let pressed = false;
    host.addController({
        hostUpdated() {
            if (!pressed || host.state === 'loading')
                return;
            pressed = false;
            const active = document.activeElement;
            const lost = !active || active === document.body || (active === host && !host.shadowRoot?.activeElement);
            const target = lost ? host.renderRoot.querySelector('[part~="retry"]') ?? host.renderRoot.querySelector('.lede') : null;
            if (target?.localName === 'div') {
                target.tabIndex = -1;
                target.onblur = () => target.removeAttribute('tabindex');
            }
            target?.focus();
        },
    });
    return () => (pressed = true);
}

/**
 * What the server rendered (`lede/ssr`: a declarative shadow root). It stands
 * in like fallback content until the widget has its data: with the document
 * inline that is the first render, in the same task; with `src` it is when the
 * fetched document is ready, and a failed fetch leaves it on screen.
 *
 * Returns the server's nodes still on screen: the host fills it with its render
 * root's children before Lit renders there, and the controller empties it when
 * the widget's own render, ready, takes their place.
 */
function serverRender(host) {
    const nodes = [];
    host.addController({
        hostUpdate() {
            if (host.state === 'ready')
                for (const node of nodes.splice(0))
                    node.remove();
        },
    });
    return nodes;
}
/**
 * Made by the parser (the script ran first), with nothing inside it yet: a
 * declarative shadow root may come next, and a shadow root attached before it
 * would make the parser drop the server's render. Then `connect` is called once
 * the parser has put something inside or after the element, and this returns true.
 */
function awaitParser(element, connect) {
    const parsing = () => {
        if (document.readyState !== 'loading' || element.shadowRoot || element.firstChild)
            return false;
        for (let node = element; node; node = node.parentNode)
            if (node.nextSibling)
                return false;
        return true;
    };
    if (!parsing())
        return false;
    const done = () => {
        if (parsing())
            return;
        observer.disconnect();
        document.removeEventListener('readystatechange', done);
        if (element.isConnected)
            connect();
    };
    const observer = new MutationObserver(done);
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener('readystatechange', done);
    return true;
}

/**
 * What every Lede widget shares: where the data comes from (docs/widgets.md), its
 * validation, `state`, events, fallback content, the error notice with retry
 * and the `debug` list. Subclasses only render a validated model.
 */
class LedeElement extends LitElement {
    static { this.styles = [hostStyles]; }
    static { this.properties = {
        data: { attribute: false },
        src: {},
        timeout: { type: Number },
        theme: { reflect: true },
        locale: {},
        debug: { type: Boolean, reflect: true },
        loading: {},
        refresh: { type: Number },
        state: { reflect: true },
        model: { attribute: false },
        content: { state: true },
        failureCode: { state: true },
        issues: { state: true },
        contextLang: { state: true },
        hasFallback: { state: true },
        failedImages: { state: true },
    }; }
    #run;
    #abort;
    #needsLoad;
    /** What the server rendered, until the widget's own render replaces it. */
    #serverNodes;
    #waitingToLoad;
    #retryPressed;
    #poller;
    /** The shown document's ETag / Last-Modified, when it came from `src`. */
    #validators;
    /** Why the last refresh failed, for the `debug` list; the document shown stays. */
    #refreshIssue;
    /** `src` is on the network: the loading status is up. */
    #fetching;
    /** docs/widgets.md: `lede-load` means rendered, so events wait for the update that shows them. */
    #pendingEvent;
    /** Console lines already written: a refresh or a new render does not repeat them. */
    #warned;
    /** Misspelt attributes, for the `debug` list. */
    #attributeIssues;
    /** Nothing to show came by the time the page was parsed. */
    #noDataIssue;
    constructor() {
        super();
        /** Milliseconds to wait for `src`. */
        this.timeout = DEFAULT_TIMEOUT;
        /** `light`, `dark` or `auto`: dark when the page behind the widget is dark, followed as the page changes. */
        this.theme = 'auto';
        /** Shows editors, inside the widget, what was left out and why. */
        this.debug = false;
        /** `eager`, or `lazy`: fetch and render only when the element nears the viewport. */
        this.loading = 'eager';
        /** Seconds between checks of `src` for a new version (at least 15); 0 never checks. */
        this.refresh = 0;
        /** `loading`, `ready` or `error`; set by the element. */
        this.state = 'loading';
        this.issues = [];
        this.hasFallback = false;
        /** Image URLs that failed to load (a 404, a blocked host): each widget renders what a missing image gives instead. */
        this.failedImages = new Set();
        /** Locale, direction and UI strings, resolved before each render. */
        this.localeInfo = resolveLocale();
        this.#run = 0;
        this.#needsLoad = true;
        /** What the server rendered, until the widget's own render replaces it. */
        this.#serverNodes = serverRender(this);
        this.#waitingToLoad = lazyLoading(this);
        this.#retryPressed = retryFocus(this);
        this.#poller = new RefreshPoller(this, () => this.#refreshOnce());
        /** `src` is on the network: the loading status is up. */
        this.#fetching = false;
        /** Console lines already written: a refresh or a new render does not repeat them. */
        this.#warned = new Set();
        /** Misspelt attributes, for the `debug` list. */
        this.#attributeIssues = [];
        this.#imageFailed = (event) => {
            const image = event.target;
            const src = image instanceof HTMLImageElement ? image.getAttribute('src') : null;
            if (src && !this.failedImages.has(src))
                this.failedImages = new Set([...this.failedImages, src]);
        };
        followPageTheme(this);
    }
    createRenderRoot() {
        const root = super.createRenderRoot();
        this.#serverNodes.push(...root.childNodes);
        // An image's error event does not bubble: one listener catching it on the way down sees every image of the widget.
        root.addEventListener('error', this.#imageFailed, true);
        // Lit would render before the server's nodes, and lose its place when they go.
        this.renderOptions.renderBefore = null;
        return root;
    }
    scheduleUpdate() {
        try {
            return super.scheduleUpdate();
        }
        catch (error) {
            // Whatever a render meets that throws (a page's broken Intl polyfill, a browser's quirk) ends
            // here, not in the page: the widget fails as with bad data, once; its notice cannot fail again.
            if (this.state !== 'error')
                this.#fail('invalid-data', [{ path: '', message: String(error), severity: 'error' }]);
        }
    }
    connectedCallback() {
        if (awaitParser(this, () => this.connectedCallback()))
            return;
        super.connectedCallback();
        this.contextLang = nearestLang(this) ?? navigator.language;
        this.#attributeIssues = checkAttributes(this);
        this.#report(this.#attributeIssues);
        if (this.#needsLoad)
            this.requestUpdate();
    }
    disconnectedCallback() {
        super.disconnectedCallback();
        this.#poller.stop();
        if (this.state === 'loading') {
            // Stop the fetch of a widget that left the page; it loads again if it comes back.
            this.#abort?.abort();
            this.#run++;
            this.#needsLoad = true;
        }
    }
    willUpdate(changed) {
        const sourceChanged = changed.has('data') || changed.has('src') || changed.has('model');
        // A lazy widget fetches and renders nothing until it nears the viewport; the fallback stays.
        if (this.#waitingToLoad())
            this.#needsLoad ||= sourceChanged;
        else if (this.#needsLoad || sourceChanged) {
            this.#needsLoad = false;
            void this.#load();
        }
        this.localeInfo = resolveLocale(this.locale, this.content?.lang, this.contextLang);
    }
    /** Loads the data again, as the retry control does. */
    reload() {
        this.#needsLoad = true;
        this.requestUpdate();
    }
    emit(name, detail) {
        this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
    }
    async #load() {
        const run = ++this.#run;
        this.#abort?.abort();
        const abort = (this.#abort = new AbortController());
        this.state = 'loading';
        this.failureCode = undefined;
        this.#validators = this.#refreshIssue = this.#noDataIssue = undefined;
        const prepareDates = () => prepareDateFormats(resolveLocale(this.locale, undefined, this.contextLang).locale);
        try {
            if (this.model)
                return this.#ready(this.model, this.model, []);
            if (isServer)
                return; // lede/ssr renders from a model; a `src` block of an article loads in the browser
            let source = chooseSource(this.data, this.querySelector(INLINE_JSON)?.textContent ?? undefined, this.src, document.baseURI);
            const parsing = document.readyState === 'loading';
            if (!source || 'error' in source) {
                if (source && !parsing)
                    return this.#fail('invalid-data', [{ path: '', message: `inline JSON: ${source.error}`, severity: 'error' }]);
                if (parsing)
                    awaitInlineJson(this, () => this.reload()); // not all of it parsed yet
                else
                    expectData(this, () => {
                        this.#report([(this.#noDataIssue = NO_DATA)]);
                        this.requestUpdate();
                    });
                // A page that fetches the data itself is idle meanwhile: the first Intl setup goes there
                // (Safari has no requestIdleCallback).
                if (!source)
                    (globalThis.requestIdleCallback ?? setTimeout)(prepareDates);
                return;
            }
            if ('url' in source) {
                const fetching = fetchDocument(source.url, { signal: abort.signal, timeout: this.timeout });
                prepareDates();
                this.#fetching = true;
                this.requestUpdate();
                const fetched = await fetching.finally(() => (this.#fetching = false));
                if (!fetched || run !== this.#run)
                    return; // null only answers a refresh; or src changed meanwhile
                this.#validators = fetched;
                source = { parsedJson: fetched.parsedJson, baseUrl: fetched.url };
            }
            // A long list is checked between tasks; anything else at once, so a server render sees the model.
            const checking = validateInSlices(this.schema, this.documentType, source.parsedJson, source.baseUrl, abort.signal);
            const result = checking instanceof Promise ? await checking : checking;
            if (!result || run !== this.#run)
                return;
            if (result.ok)
                this.#ready(result.model, source.parsedJson, result.issues);
            else
                this.#fail(result.code, result.issues);
        }
        catch (error) {
            if (run !== this.#run)
                return;
            const code = error instanceof FetchError ? error.code : 'fetch-failed';
            this.#fail(code, [{ path: '', message: error instanceof Error ? error.message : String(error), severity: 'error' }]);
        }
    }
    #ready(model, data, issues) {
        this.content = model;
        this.failedImages = new Set();
        this.issues = issues;
        this.state = 'ready';
        this.#report(issues);
        // The input passed validation, so it is a document of this type.
        this.#pendingEvent = () => this.emit('lede-load', { data: data, issues });
    }
    #fail(code, issues) {
        this.content = undefined;
        this.failureCode = code;
        this.issues = issues;
        this.hasFallback = !!this.#serverNodes.length || [...this.childNodes].some((node) => node instanceof Element ? !node.matches('script') : node.nodeType === Node.TEXT_NODE && !!node.textContent?.trim());
        this.state = 'error';
        this.#report(issues);
        const message = issues.find((issue) => issue.severity === 'error')?.message ?? code;
        this.#pendingEvent = () => this.emit('lede-error', { code, message, issues });
    }
    /**
     * One check of `src` for a new version. A new valid version replaces the
     * shown one in place (`lede-update`); a failure keeps it and says why in `debug`.
     */
    async #refreshOnce() {
        const run = this.#run;
        const previous = this.content;
        try {
            const next = await fetchNewVersion(new URL(this.src, document.baseURI).href, this.timeout, this.#validators, this.schema, this.documentType);
            if (run !== this.#run || !previous)
                return true; // a new load took over
            if (next) {
                this.#validators = next.fetched;
                const changes = this.compareVersions(previous, next.model);
                this.versionChanged(changes, previous, next.model);
                this.content = next.model;
                this.issues = next.issues;
                this.#pendingEvent = () => this.emit('lede-update', { data: next.fetched.parsedJson, ...changes });
            }
            // The same version again renders nothing (a new one did, setting content), unless it clears a failure from `debug`.
            if (this.#refreshIssue)
                this.requestUpdate();
            this.#refreshIssue = undefined;
            return true;
        }
        catch (error) {
            if (run !== this.#run)
                return true;
            this.#refreshIssue = { path: '', message: `refresh failed (${error instanceof Error ? error.message : error}); the last good version stays`, severity: 'warning' };
            this.requestUpdate();
            return false;
        }
    }
    #imageFailed;
    /** What changed between two versions of the document; a timeline compares its events by id. */
    compareVersions(previous, next) {
        const before = previous;
        const after = next;
        const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
        return {
            added: keys.filter((key) => !(key in before)),
            changed: keys.filter((key) => key in before && key in after && JSON.stringify(before[key]) !== JSON.stringify(after[key])),
            removed: keys.filter((key) => !(key in after)),
        };
    }
    /** Called with what a refresh changed, before the new version renders: a timeline marks new events and notes the reader's place. */
    versionChanged(_changes, _previous, _next) { }
    updated(_changed) {
        if (this.refresh > 0 && this.src && this.#validators && this.state === 'ready' && this.isConnected)
            this.#poller.start(this.refresh);
        else
            this.#poller.stop();
        const dispatch = this.#pendingEvent;
        this.#pendingEvent = undefined;
        dispatch?.();
    }
    #report(issues) {
        reportIssues(this, issues, this.#warned);
    }
    render() {
        const slot = html$1 `<slot></slot>`;
        let body = slot;
        if (this.state === 'ready' && this.content)
            body = this.renderContent(this.content);
        else if (this.failureCode && !this.hasFallback)
            body = renderNotice(this.localeInfo, this.failureCode, () => (this.#retryPressed(), this.reload()));
        const issues = [
            ...this.#attributeIssues,
            ...(this.#noDataIssue ? [this.#noDataIssue] : []),
            ...this.issues,
            ...[...this.failedImages].map((src) => ({ path: '', message: `image failed to load: ${src}`, severity: 'warning' })),
            ...(this.#refreshIssue ? [this.#refreshIssue] : []),
        ];
        const list = this.debug && issues.length ? renderIssues(issues) : nothing;
        // Fallback content is the page's: it keeps the page's look, and only what Lede draws is reset.
        // While src is on the network, screen readers hear it once; the fallback stays on screen.
        // Over a server render there is nothing to wait for: it reads as it is.
        const status = this.state === 'loading' && this.#fetching && !this.#serverNodes.length ? html$1 `<span class="hidden-text" role="status">${this.localeInfo.strings.loadingText}</span>` : nothing;
        return body === slot
            ? [slot, list === nothing && status === nothing ? nothing : html$1 `<div class="lede">${status}${list}</div>`]
            : html$1 `<div class="lede">${body}${list}</div>`;
    }
}

/** `<hN>` for N in 1–6: tag names cannot be bindings, so each level is its own template. */
function heading(level, part, content) {
    switch (Math.min(6, Math.max(1, Math.round(level) || 2))) {
        case 1:
            return html$1 `<h1 part="${part}">${content}</h1>`;
        case 2:
            return html$1 `<h2 part="${part}">${content}</h2>`;
        case 3:
            return html$1 `<h3 part="${part}">${content}</h3>`;
        case 4:
            return html$1 `<h4 part="${part}">${content}</h4>`;
        case 5:
            return html$1 `<h5 part="${part}">${content}</h5>`;
        default:
            return html$1 `<h6 part="${part}">${content}</h6>`;
    }
}

/** `<time datetime>` with the date in its precision, or the data's own `dateLabel`. */
function renderDate(date, label, { locale, strings }, part = 'date') {
    if (!date)
        return nothing;
    return html$1 `<time part="${part}" datetime="${date.iso}">${label ?? formatPartialDate(date, locale, strings)}</time>`;
}

/**
 * Renders a sanitised tree with Lit templates: one literal template per
 * allowed tag, every value a binding. No HTML string is ever parsed here, so
 * no Trusted Types policy is needed and nothing outside the allow-list can
 * appear, whatever the tree holds.
 */
function renderSafeHtml(nodes) {
    return nodes.map(renderNode);
}
function renderNode(node) {
    if (typeof node === 'string')
        return node;
    const content = renderSafeHtml(node.children);
    const { href, title, target, cite, datetime, lang, dir } = node.attributes;
    switch (node.tag) {
        case 'a':
            return html$1 `<a href="${href ?? nothing}" title="${title ?? nothing}" target="${target ?? nothing}" rel="noopener noreferrer">${content}</a>`;
        case 'b':
            return html$1 `<b>${content}</b>`;
        case 'strong':
            return html$1 `<strong>${content}</strong>`;
        case 'i':
            return html$1 `<i>${content}</i>`;
        case 'em':
            return html$1 `<em>${content}</em>`;
        case 'u':
            return html$1 `<u>${content}</u>`;
        case 's':
            return html$1 `<s>${content}</s>`;
        case 'sub':
            return html$1 `<sub>${content}</sub>`;
        case 'sup':
            return html$1 `<sup>${content}</sup>`;
        case 'br':
            return html$1 `<br>`;
        case 'code':
            return html$1 `<code>${content}</code>`;
        case 'mark':
            return html$1 `<mark>${content}</mark>`;
        case 'q':
            return html$1 `<q cite="${cite ?? nothing}">${content}</q>`;
        case 'abbr':
            return html$1 `<abbr title="${title ?? nothing}">${content}</abbr>`;
        case 'small':
            return html$1 `<small>${content}</small>`;
        case 'span':
            return html$1 `<span lang="${lang ?? nothing}" dir="${dir ?? nothing}">${content}</span>`;
        case 'time':
            return html$1 `<time datetime="${datetime ?? nothing}">${content}</time>`;
    }
}

const articleStyles = css `:host{--_measure:var(--lede-article-measure,65ch);--_body-size:var(--lede-article-font-size,1.125rem);--_headline-size:var(--lede-headline-font-size,clamp(1.75rem, 1.2rem + 2.5vw, 2.75rem))}article{max-inline-size:var(--lede-max-width,48rem);background:var(--_background);font-size:var(--_body-size);line-height:1.6}header,[part~=body]>*,footer{max-inline-size:var(--_measure)}[part~=kicker]{border-inline-start:.25rem solid var(--_accent);letter-spacing:.04em;text-transform:uppercase;margin:0;padding-inline-start:.5rem;font-size:.8125rem;font-weight:700}[part~=headline]{font:700 var(--_headline-size) / 1.15 var(--_font);margin:.25rem 0 .5rem}[part~=dek]{color:var(--_muted);margin:0 0 1rem;font-size:1.25em;line-height:1.4}[part~=byline],[part~=meta],figcaption,footer{color:var(--_muted);font-size:.8125rem}[part~=byline],[part~=meta]{margin:.25rem 0}[part~=dateline]{color:var(--_text);font-weight:700}[part~=body]>p,[part~=body]>ul,[part~=body]>ol{font-family:var(--_font-serif);margin:0 0 1em}h1,h2,h3,h4,h5,h6{line-height:1.25}[part~=body]>:is(h2,h3,h4,h5,h6){margin:1.75em 0 .5em;font-size:1.375em}figure{margin:1.5rem 0}img{border-radius:calc(var(--_radius) / 2);background:var(--_surface);block-size:auto;inline-size:100%;display:block}.unsized{aspect-ratio:16/9;object-fit:cover}figcaption{margin-block-start:.375rem}lede-quote,lede-timeline{max-inline-size:none;margin:1.5rem 0}[part~=tags]{flex-wrap:wrap;gap:.5rem;margin:1.5rem 0;padding:0;list-style:none;display:flex}[part~=tags] li{background:var(--_surface);border-radius:1rem;padding:.125rem .625rem;font-size:.8125rem}[part~=publisher-logo]{vertical-align:middle;background:0 0;block-size:1.5rem;inline-size:auto;margin-inline-end:.5rem;display:inline}[part~=update-notice]:first-letter{text-transform:uppercase}[part~=update-notice]{border-inline-start:.25rem solid var(--_accent);background:var(--_surface);margin:0 0 .75rem;padding:.5rem .75rem;font-size:.875rem}`;

/**
 * @tag lede-article
 * @summary A whole story: kicker, headline, dek, dateline, byline, times, lead
 * image, body blocks (paragraphs, headings, lists, images, quotes, timelines) and tags.
 *
 * @attr src - URL of an article document (JSON), fetched without cookies; relative `src` of blocks resolve against it.
 * @attr timeout - Milliseconds to wait for `src` (default 10000).
 * @attr theme - `light`, `dark` or `auto` (default: dark when the page behind it is dark); passed on to quotes and timelines inside.
 * @attr locale - BCP 47 tag for dates and UI strings (default: the data's `lang`, the nearest `lang`, the browser's).
 * @attr heading-level - Level of the headline (default 2: the widget sits inside someone else's page); headings in the body are one level lower.
 * @attr debug - Shows editors what was left out of the data and why.
 * @attr loading - `eager` (default) or `lazy`: fetch and render only when the element nears the viewport.
 * @attr refresh - Seconds between checks of `src` for a new version (at least 15; default 0, never).
 * @attr state - `loading`, `ready` or `error`; set by the element (read-only).
 *
 * @slot - Fallback content: shown until the article renders, and kept when its data fails.
 *
 * @csspart base - The `<article>`.
 * @csspart update-notice - Says a refresh brought a later version, and when it was updated.
 * @csspart kicker - The line above the headline.
 * @csspart headline - The headline.
 * @csspart dek - The summary under the headline.
 * @csspart byline - Authors.
 * @csspart meta - Dateline and times.
 * @csspart dateline - Where the story was filed.
 * @csspart published - The publication time (`<time>`).
 * @csspart updated - The update time, when later than publication.
 * @csspart image - The lead image's `<figure>`.
 * @csspart body - The body blocks.
 * @csspart paragraph - A paragraph.
 * @csspart heading - A heading in the body.
 * @csspart list - A list.
 * @csspart figure - An image in the body.
 * @csspart quote - A `<lede-quote>` in the body.
 * @csspart timeline - A `<lede-timeline>` in the body.
 * @csspart tags - The list of tags.
 * @csspart publisher - The publisher's name and logo.
 * @csspart publisher-logo - The publisher's logo.
 * @csspart notice - The message shown when the data fails and there is no fallback.
 * @csspart retry - Loads the data again after a network failure.
 * @csspart issues - The `debug` list of what was left out.
 *
 * @cssprop --lede-article-measure - Longest line of body text (default 65ch).
 * @cssprop --lede-article-font-size - Body text size (default 1.125rem).
 * @cssprop --lede-headline-font-size - Headline size (default clamp(1.75rem, 1.2rem + 2.5vw, 2.75rem)).
 *
 * @fires {LedeLoadDetail} lede-load - Data validated and rendered; detail `{ data, issues }`. Quotes and timelines inside report their own loading to the article only.
 * @fires {LedeErrorDetail} lede-error - Data could not be loaded or is invalid; detail `{ code, message, issues }`.
 * @fires {LedeUpdateDetail} lede-update - `refresh` found a new version and it is shown; detail `{ data, added, changed, removed }` (top-level fields).
 * @fires {LedeShareDetail} lede-share - A quote or timeline event inside was shared; detail `{ url, method }`.
 * @fires {LedeSelectDetail} lede-select - A timeline event inside was chosen; detail `{ id, index }`.
 */
class LedeArticle extends LedeElement {
    constructor() {
        super(...arguments);
        this.documentType = 'article';
        this.schema = articleSchema;
        /** Level of the headline; headings in the body are one level lower. */
        this.headingLevel = 2;
        /** A refresh brought a later `updated`: say so at the top. */
        this.updateNotice = false;
    }
    static { this.styles = [...LedeElement.styles, articleStyles]; }
    static { this.properties = {
        headingLevel: { type: Number, attribute: 'heading-level' },
        updateNotice: { state: true },
    }; }
    versionChanged(_changes, previous, next) {
        const before = previous.updated ?? previous.published;
        if (next.updated && (!before || comparePartialDates(next.updated, before) > 0))
            this.updateNotice = true;
    }
    renderContent(article) {
        const { locale, dir, strings } = this.localeInfo;
        const updated = article.updated && (!article.published || comparePartialDates(article.updated, article.published) > 0);
        const { publisher } = article;
        return html$1 `<article part="base" lang="${locale}" dir="${dir}"> <header> ${this.updateNotice && article.updated
            ? html$1 `<p part="update-notice" role="status">${strings.updatedLabel}: ${renderDate(article.updated, undefined, this.localeInfo, 'updated')}</p>`
            : nothing} ${article.kicker ? html$1 `<p part="kicker">${article.kicker}</p>` : nothing} ${heading(this.headingLevel, 'headline', article.headline)} ${article.dek ? html$1 `<p part="dek">${article.dek}</p>` : nothing} ${article.authors?.length
            ? html$1 `<p part="byline"> ${article.authors.map((author, index) => html$1 `${index ? listSeparator(this.localeInfo.language) : ''}<bdi>${author.url ? html$1 `<a href="${author.url}">${author.name}</a>` : author.name}</bdi>`)} </p>`
            : nothing} <p part="meta"> ${article.dateline ? html$1 `<span part="dateline">${article.dateline}</span> · ` : nothing}${renderDate(article.published, undefined, this.localeInfo, 'published')} ${updated ? html$1 ` · ${strings.updatedLabel} ${renderDate(article.updated, undefined, this.localeInfo, 'updated')}` : nothing} </p> </header> ${article.image ? this.#renderFigure(article.image, 'image', 'eager') : nothing} <div part="body" @lede-load="${this.#keepInside}" @lede-error="${this.#keepInside}"> ${article.body.map((block) => this.#renderBlock(block))} </div> ${article.tags?.length
            ? html$1 `<ul part="tags" aria-label="${strings.tagsLabel}">${article.tags.map((tag) => html$1 `<li dir="auto">${tag}</li>`)}</ul>`
            : nothing} ${publisher
            ? html$1 `<footer part="publisher"> ${publisher.logo && !this.failedImages.has(publisher.logo) ? html$1 `<img part="publisher-logo" src="${publisher.logo}" alt="" height="24" loading="lazy" referrerpolicy="no-referrer">` : nothing} ${publisher.url ? html$1 `<a href="${publisher.url}">${publisher.name}</a>` : publisher.name} </footer>`
            : nothing} </article>`;
    }
    #renderBlock(block) {
        switch (block.type) {
            case 'paragraph':
                return html$1 `<p part="paragraph">${block.html ? renderSafeHtml(block.html) : block.text}</p>`;
            case 'heading':
                return heading(this.headingLevel + 1, 'heading', block.text);
            case 'list':
                return block.ordered
                    ? html$1 `<ol part="list">${block.items.map((item) => html$1 `<li>${item}</li>`)}</ol>`
                    : html$1 `<ul part="list">${block.items.map((item) => html$1 `<li>${item}</li>`)}</ul>`;
            case 'image':
                return this.#renderFigure(block, 'figure', 'lazy');
            // Quotes and timelines are their own widgets, in the article's locale: inline blocks arrive
            // validated (`model`), others load `src`.
            case 'quote':
                return html$1 `<lede-quote part="quote" src="${block.src ?? nothing}" .model="${block.src ? undefined : block}" theme="${this.theme}" locale="${this.localeInfo.locale}"></lede-quote>`;
            case 'timeline':
                return html$1 `<lede-timeline part="timeline" src="${block.src ?? nothing}" .model="${block.src ? undefined : block}" theme="${this.theme}" locale="${this.localeInfo.locale}" heading-level="${this.headingLevel + 1}"></lede-timeline>`;
        }
    }
    #renderFigure(image, part, loading) {
        const caption = [image.caption, image.credit].filter(Boolean).join(' · ');
        // An image that failed to load goes; its caption stays as text.
        if (this.failedImages.has(image.src))
            return caption ? html$1 `<figure part="${part}"><figcaption dir="auto">${caption}</figcaption></figure>` : nothing;
        return html$1 `<figure part="${part}"> <img src="${image.src}" alt="${image.alt}" width="${image.width ?? nothing}" height="${image.height ?? nothing}" class="${image.width && image.height ? nothing : 'unsized'}" loading="${loading}" decoding="async" referrerpolicy="no-referrer"> ${caption ? html$1 `<figcaption dir="auto">${caption}</figcaption>` : nothing} </figure>`;
    }
    /** A quote's or timeline's own lede-load/lede-error stays inside: outside, the article speaks for itself. */
    #keepInside(event) {
        if (event.target !== this)
            event.stopPropagation();
    }
}

/**
 * Registers a custom element unless that name is already taken: a page that
 * loads Lede twice, or two builds side by side, keeps the first and never
 * throws (docs/install.md).
 */
function defineElement(name, element) {
    if (!customElements.get(name))
        customElements.define(name, element);
}

/**
 * The name of language `code` in the language the widget speaks in `locale`
 * (English where Lede has no strings for it). A browser whose `Intl` has no
 * names in that language (Debian's Chromium for Azerbaijani, Kazakh and
 * Belarusian gives back the code, a code with English words, or English
 * names) gets the language's own name instead ("English", "русский"), then the code.
 */
function languageName(tag, locale) {
    // Without its extensions (`-u-…`, `-t-…`, `-x-…`): Firefox's DisplayNames.of() throws on them.
    const code = tag.replace(/-\w-.*/, '');
    const reader = uiLanguage(locale) === languageOf(locale) ? locale : 'en';
    const names = languageNames(reader);
    const base = languageOf(code);
    const known = languageOf(names.resolvedOptions().locale) === languageOf(reader) && names.of(base) !== base;
    return (known && names.of(code)) || languageNames(code).of(code) || code;
}

/** The page's own address without its fragment, then `#fragment`: what a widget shares when its data names no URL. */
const shareUrl = (fragment = '') => location.href.split('#')[0] + (fragment && `#${fragment}`);
/**
 * A widget's share control, pressed: shares `url` (with `text`, where the share
 * sheet takes it) through the Web Share API where the browser has one, else
 * copies it to the clipboard. `shared` hears how (the widget's `lede-share`);
 * a copied link is `copied(true)`, then `copied(false)` four seconds later,
 * while "Link copied" shows. Nothing happens when the reader closes the sheet
 * or the page may not use the clipboard.
 */
async function shareLink(url, text, shared, copied) {
    let method = 'share';
    try {
        if (typeof navigator.share == 'function')
            await navigator.share({ url, text });
        else {
            await navigator.clipboard.writeText(url);
            method = 'clipboard';
        }
    }
    catch {
        return;
    }
    shared({ url, method });
    if (method == 'share')
        return;
    copied(true);
    setTimeout(() => copied(false), 4000);
}

const quoteStyles = css `:host{--_quote-accent:var(--lede-quote-accent,var(--_accent));--_quote-size:var(--lede-quote-font-size,1.25rem);max-inline-size:var(--lede-max-width,42rem)}[part~=base]{padding:calc(var(--_space) * 1.25);border:1px solid var(--_border);border-radius:var(--_radius);background:var(--_background);grid-template-columns:minmax(0,1fr);gap:.75rem;margin:0;display:grid}blockquote{font-family:var(--_font-serif);font-size:var(--_quote-size);margin:0;line-height:1.45}blockquote p{margin:0}figcaption{align-items:center;gap:.75rem;font-size:.9375rem;display:flex}[part~=speaker-image]{aspect-ratio:1;object-fit:cover;background:var(--_surface);border-radius:50%;flex:none;block-size:3rem;inline-size:3rem}.initials{color:var(--_muted);place-items:center;font-weight:650;display:grid}[part~=speaker]{flex-direction:column;min-inline-size:0;display:flex}[part~=speaker-name]{font-weight:650}[part~=speaker-role],[part~=meta],[part~=context]{color:var(--_muted)}[part~=meta]>*+:before{content:" · "}[part~=context]{border-block-start:1px solid var(--_border);margin:0;padding-block-start:.75rem;font-size:.875rem}[part~=actions]{flex-wrap:wrap;align-items:center;gap:.5rem;display:flex}[part~=status]{color:var(--_muted);font-size:.875rem}.card{border-block-start:.25rem solid var(--_quote-accent)}.pull{border:none;border-inline-start:.3rem solid var(--_quote-accent);background:0 0;border-radius:0;padding-block:.25rem}.pull blockquote{font-size:clamp(1.125rem,5vw,1.625rem);font-weight:600;line-height:1.3}.compact{padding:.75rem var(--_space);gap:.375rem}.compact blockquote{font-size:1rem}.compact [part~=speaker-image],.compact [part~=context]{display:none}.compact [part~=speaker]{display:block}.compact [part~=speaker-role]:before{content:" — "}.compact [part~=meta]:before{content:" · "}`;

/** "Ильхам Алиев" → "ИА": the first letters of the first and the last word (whole code points, so no half of a pair). */
const initialsOf = (name) => {
    const words = name.trim().split(/\s+/);
    return [...new Set([words[0], words.at(-1)])].map((word) => [...(word ?? '')][0]).join('');
};
/**
 * @tag lede-quote
 * @summary A quote card: the words in the language's own quotation marks, the
 * speaker (name, role, photo), where it was reported, when, and one line of context.
 *
 * @attr src - URL of a quote document (JSON), fetched without cookies.
 * @attr timeout - Milliseconds to wait for `src` (default 10000).
 * @attr theme - `light`, `dark` or `auto` (default: dark when the page behind it is dark).
 * @attr locale - BCP 47 tag for dates and UI strings (default: the data's `lang`, the nearest `lang`, the browser's).
 * @attr variant - `card` (default), `pull` (a pull quote inside a story) or `compact`.
 * @attr shareable - Shows a share / copy-link control.
 * @attr debug - Shows editors what was left out of the data and why.
 * @attr loading - `eager` (default) or `lazy`: fetch and render only when the element nears the viewport.
 * @attr refresh - Seconds between checks of `src` for a new version (at least 15; default 0, never).
 * @attr state - `loading`, `ready` or `error`; set by the element (read-only).
 *
 * @slot - Fallback content: shown until the card renders, and kept when its data fails.
 *
 * @csspart base - The card (`<figure>`).
 * @csspart text - The quoted words (`<blockquote>`).
 * @csspart attribution - Speaker, source and date (`<figcaption>`).
 * @csspart speaker-image - The speaker's photo.
 * @csspart speaker - Name and role together.
 * @csspart speaker-name - The speaker's name.
 * @csspart speaker-role - The speaker's role.
 * @csspart meta - Source and date.
 * @csspart source - Where it was reported; a link when it has a URL.
 * @csspart date - The date (`<time>`).
 * @csspart context - The line of context.
 * @csspart actions - The row of controls.
 * @csspart translation-toggle - Switches between translation and original.
 * @csspart share - The share / copy-link button.
 * @csspart status - "Link copied".
 * @csspart notice - The message shown when the data fails and there is no fallback.
 * @csspart retry - Loads the data again after a network failure.
 * @csspart issues - The `debug` list of what was left out.
 *
 * @cssprop --lede-quote-accent - The card's accent rule (default: `--lede-color-accent`).
 * @cssprop --lede-quote-font-size - Size of the quoted words (default 1.25rem).
 *
 * @fires {LedeLoadDetail} lede-load - Data validated and rendered; detail `{ data, issues }`.
 * @fires {LedeErrorDetail} lede-error - Data could not be loaded or is invalid; detail `{ code, message, issues }`.
 * @fires {LedeUpdateDetail} lede-update - `refresh` found a new version and it is shown; detail `{ data, added, changed, removed }` (top-level fields).
 * @fires {LedeShareDetail} lede-share - The share control was used; detail `{ url, method }`.
 */
class LedeQuote extends LedeElement {
    constructor() {
        super(...arguments);
        this.documentType = 'quote';
        this.schema = quoteSchema;
        /** `card`, `pull` or `compact`. */
        this.variant = 'card';
        /** Shows a share / copy-link control. */
        this.shareable = false;
        /** Whether the translation (rather than the original) is on screen. */
        this.showingTranslation = false;
        this.copied = false;
    }
    static { this.styles = [...LedeElement.styles, quoteStyles]; }
    static { this.properties = {
        variant: { reflect: true },
        shareable: { type: Boolean },
        showingTranslation: { state: true },
        copied: { state: true },
    }; }
    /**
     * The languages (the widget's, the original's, the translation's) the translation choice was made
     * for: new ones decide again; a refresh of the same quote keeps what the reader chose.
     */
    #decidedFor;
    willUpdate(changed) {
        super.willUpdate(changed);
        const language = this.localeInfo.language;
        const languages = `${language} ${this.content?.lang} ${this.content?.translation?.lang}`;
        if (this.#decidedFor !== languages) {
            this.#decidedFor = languages;
            // docs/data-format.md: the translation leads when it is in the widget's language and the original is not.
            const translation = this.content?.translation;
            this.showingTranslation =
                !!translation && languageOf(translation.lang) === language && languageOf(this.content?.lang ?? '') !== language;
        }
    }
    renderContent(quote) {
        const { locale, dir, strings } = this.localeInfo;
        const { speaker, source, translation } = quote;
        const original = { lang: quote.lang ?? locale, text: quote.text };
        const shown = this.showingTranslation && translation ? translation : original;
        const other = shown === original ? translation : original;
        const [open, close] = stringsFor(shown.lang).quoteMarks;
        const variant = ['pull', 'compact'].includes(this.variant) ? this.variant : 'card';
        return html$1 `<figure part="base" class="${variant}" lang="${locale}" dir="${dir}"> <blockquote part="text" lang="${shown.lang}" dir="${directionOf(shown.lang)}" cite="${source?.url ?? nothing}"> <p>${open}${shown.text}${close}</p> </blockquote> <figcaption part="attribution"> ${speaker.image && this.failedImages.has(speaker.image)
            ? html$1 `<span part="speaker-image" class="initials" aria-hidden="true">${initialsOf(speaker.name)}</span>`
            : speaker.image
                ? html$1 `<img part="speaker-image" src="${speaker.image}" alt="" width="48" height="48" loading="lazy" decoding="async" referrerpolicy="no-referrer">`
                : nothing} <div part="speaker"> <span part="speaker-name" dir="auto">${speaker.url ? html$1 `<a href="${speaker.url}">${speaker.name}</a>` : speaker.name}</span> ${speaker.role ? html$1 `<span part="speaker-role"><bdi>${speaker.role}</bdi></span>` : nothing}${source || quote.date
            ? html$1 `<span part="meta">${source
                ? html$1 `<span part="source" dir="auto">${source.url ? html$1 `<a href="${source.url}" rel="noopener">${source.name}</a>` : source.name}</span>`
                : nothing}${renderDate(quote.date, quote.dateLabel, this.localeInfo)}</span>`
            : nothing} </div> </figcaption> ${quote.context ? html$1 `<p part="context" dir="auto">${quote.context}</p>` : nothing} ${other || this.shareable
            ? html$1 `<div part="actions"> ${other
                ? html$1 `<button part="translation-toggle" type="button" ?inert="${isServer}" lang="${locale}" @click="${this.#toggleTranslation}"> ${(shown === original ? strings.showTranslation : strings.showOriginal)(languageName(other.lang, locale))} </button>`
                : nothing} ${this.shareable ? html$1 `<button part="share" type="button" ?inert="${isServer}" @click="${this.#share}">${strings.shareLabel}</button>` : nothing} <span part="status" role="status">${this.copied ? strings.linkCopied : ''}</span> </div>`
            : nothing} </figure>`;
    }
    #toggleTranslation() {
        this.showingTranslation = !this.showingTranslation;
    }
    #share() {
        // The confirmation is read out by the status region, then goes away.
        shareLink(this.content?.url ?? shareUrl(), this.content?.text, (detail) => this.emit('lede-share', detail), (shown) => (this.copied = shown));
    }
}

defineElement('lede-quote', LedeQuote);

/**
 * One rule per category colour, `.c<n>` for the n-th category of `categories`:
 * a constructed sheet in the browser, a `<style>` in server-rendered HTML
 * (declarative shadow DOM has no constructed sheets). Colours are validated
 * `#rgb`/`#rrggbb`, so they cannot break out of the rule.
 */
function categoryRules(timeline) {
    return Object.values(timeline?.categories ?? {})
        .map(({ color }, index) => (color ? `.c${index}{--_category:${color};--_category-text:${readableTextOn(color)}}` : ''))
        .join('');
}

/**
 * The timeline's categories (a reactive controller): which are chosen, and
 * each one's colour from the data. The colours go into a constructed
 * stylesheet: a style attribute would be blocked by a strict
 * Content-Security-Policy, constructed sheets are not. Colours are validated
 * `#rgb`/`#rrggbb`, so they cannot break out of the rule.
 *
 * @param timeline The host's data.
 */
function categoryFilter(host, timeline) {
    let sheet;
    let styledFor;
    const filter = {
        chosenKeys() {
            const known = filter.knownCategory();
            return filter.legendChoice ?? new Set(known ? [known] : []);
        },
        knownCategory() {
            const { category } = host;
            return category && Object.hasOwn(timeline()?.categories ?? {}, category) ? category : undefined;
        },
        chooseCategories(choice) {
            filter.legendChoice = choice;
            host.requestUpdate();
        },
    };
    host.addController({
        hostUpdated() {
            if (timeline() === styledFor)
                return;
            (sheet ??= new CSSStyleSheet()).replaceSync(categoryRules((styledFor = timeline())));
            const root = host.shadowRoot;
            if (root && !root.adoptedStyleSheets.includes(sheet))
                root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        },
    });
    return filter;
}

const inBackground = (task) => typeof scheduler === 'object' && scheduler.postTask ? scheduler.postTask(task, { priority: 'background' }) : setTimeout(task);
/**
 * Events rendered per task. The first chunk is small, since a screen shows a
 * handful of events and the reader should see them at once; the rest follow
 * in larger chunks, each well under a long task.
 */
const FIRST_CHUNK = 25;
const CHUNK = 100;
/**
 * Up to this many shown events, the rest after the first screen renders in the
 * background, so find-in-page soon sees it all. A longer timeline renders each
 * chunk as it nears the screen (or a key, a link or printing needs it): at
 * 1,000 events and more, holding every event in the page would cost the
 * reader's memory more than a search that misses the unrendered ones.
 */
const BACKGROUND_LIMIT = 300;
/** Where chunk `chunk` starts in the list of shown events. */
function chunkStart(chunk) {
    return chunk && FIRST_CHUNK + (chunk - 1) * CHUNK;
}
/** The chunk that holds the shown event at `position`. */
function chunkOf(position) {
    return position < FIRST_CHUNK ? 0 : 1 + Math.floor((position - FIRST_CHUNK) / CHUNK);
}
/**
 * Renders a long list of events a chunk at a time (a reactive controller).
 * Short lists render the rest in the background, one chunk per task; long ones
 * render a chunk as its stand-in nears the screen, or when a key, a link or
 * printing needs it.
 *
 * @param shownCount How many events the host shows.
 * @param beforeRenderingAbove Called before chunks render above the screen (or all, to print): they move what the reader sees.
 */
function chunkedRendering(host, shownCount, beforeRenderingAbove) {
    /** Chunks rendered from the start; the rest follow one per task. The server renders them all. */
    let rendered = isServer ? Infinity : 1;
    /** Chunks further down rendered ahead of the others: near the screen, a deep link, `End`, the highlighted event. */
    let jumped = new Set();
    /** Watches the stand-ins of chunks not rendered yet, to render each as it nears the screen. */
    let gapObserver;
    const isRendered = (chunk) => chunk < rendered || jumped.has(chunk);
    const chunkAt = (entry) => Number(entry.target.dataset.chunk);
    const renderChunks = (chunks) => {
        if (!chunks.every(isRendered)) {
            jumped = new Set([...jumped, ...chunks]);
            host.requestUpdate();
        }
    };
    const renderFirst = (chunks = Infinity) => {
        if (chunks > rendered) {
            rendered = chunks;
            host.requestUpdate();
        }
    };
    /** Printed, a timeline shows every event. */
    const renderAll = () => {
        beforeRenderingAbove();
        renderFirst();
    };
    host.addController({
        hostConnected() {
            addEventListener('beforeprint', renderAll);
            // Taken off the page and back: the chunks still to render go on.
            if (host.hasUpdated)
                host.requestUpdate();
        },
        hostDisconnected() {
            removeEventListener('beforeprint', renderAll);
            gapObserver?.disconnect();
        },
        hostUpdated() {
            const shown = shownCount();
            // A timeline taken off the page stops here, and goes on when it comes back.
            if (!host.isConnected)
                return;
            if (chunkStart(rendered) < shown && shown <= BACKGROUND_LIMIT) {
                // The rest of the timeline, one chunk per task: no long task, and find-in-page soon sees
                // it all. At background priority where the browser has it, so the page's own tasks go first.
                // The first screen is painted before the first of them, so it shows at once.
                const next = () => inBackground(() => host.isConnected && renderFirst(rendered + 1));
                if (rendered > 1)
                    next();
                else
                    requestAnimationFrame(next);
            }
            // A chunk renders when its stand-in comes within half a screen of the viewport (in the
            // horizontal track, within a track's width where the browser has `scrollMargin`). One
            // rendered above the screen grows or shrinks what is above the reader: the host keeps the
            // reader's event in place, as browsers with scroll anchoring would, and those without (Safari) need.
            const gaps = host.renderRoot.querySelectorAll('li.gap');
            gapObserver?.disconnect();
            if (!gaps.length)
                return;
            gapObserver ??= new IntersectionObserver((entries) => {
                const near = entries.filter((entry) => entry.isIntersecting && !isRendered(chunkAt(entry)));
                if (!near.length)
                    return;
                if (near.some((entry) => entry.boundingClientRect.top < 0))
                    beforeRenderingAbove();
                renderChunks(near.map(chunkAt));
            }, { rootMargin: '50% 0px', scrollMargin: '50%' });
            for (const gap of gaps)
                gapObserver.observe(gap);
        },
    });
    return {
        isRendered,
        renderFirst,
        jumpTo: (position) => renderChunks([chunkOf(position)]),
        startOver() {
            rendered = 1;
            jumped = new Set();
            host.requestUpdate();
        },
    };
}

/** A fragment with a malformed escape (`#100%`) is compared as written: decoding it throws. */
function decodeFragment(fragment) {
    try {
        return decodeURIComponent(fragment);
    }
    catch {
        return fragment;
    }
}
/**
 * Links to one event (a reactive controller): each event with an id has an
 * anchor; when the page's URL fragment names one (`follow`: with new data, on
 * `hashchange`), the host shows it (`show`), and it is scrolled into view once
 * it is rendered.
 *
 * @param timeline The host's data.
 * @param show Shows the event at this position in the data, rendering and expanding as far as needed.
 */
function deepLinks(host, timeline, show) {
    let scrollTo;
    const anchorOf = (event) => {
        const id = timeline()?.id;
        return event.id && (id ? `${id}-${event.id}` : event.id);
    };
    const followHash = () => {
        const fragment = decodeFragment(location.hash.slice(1));
        const events = timeline()?.events ?? [];
        const index = fragment ? events.findIndex((candidate) => anchorOf(candidate) === fragment) : -1;
        if (index < 0)
            return;
        links.linked = events[index].id;
        scrollTo = fragment;
        show(index, events[index]);
        host.requestUpdate();
    };
    const links = { anchorOf, followHash };
    host.addController({
        hostConnected: () => addEventListener('hashchange', followHash),
        hostDisconnected: () => removeEventListener('hashchange', followHash),
        hostUpdated() {
            const target = scrollTo;
            const element = target && host.renderRoot.querySelector(`[id="${CSS.escape(target)}"]`);
            if (!element)
                return;
            scrollTo = undefined;
            // The same timeline embedded twice: the first in the page that shows the event is the one reached.
            const first = [...document.querySelectorAll('lede-timeline')].find((other) => other === host || other.shadowRoot?.getElementById(target));
            if (!first || first === host)
                element.scrollIntoView({ block: 'center' });
        },
    });
    return links;
}

/**
 * One event of the timeline, as one flat template: optional text is hidden
 * rather than left out, because every nested template costs a clone and a
 * tree walk, and a long timeline renders thousands of these.
 *
 * @param categoryKeys The timeline's category keys, in order: an event's colour class is `c<its category's position>`.
 * @param index Its position in the data's events (`data-index`, the `index` of `lede-select`).
 * @param position Its position among the shown events; the first is the events' tab stop.
 * @param year The year to show above it: on the first event of each year, when the events span several.
 * @param current Whether it is highlighted or deep-linked.
 * @param fresh Whether a refresh brought it and the reader has not seen it yet.
 * @param anchor Its id in the page, the URL fragment that reaches it.
 * @param setSize How many events are shown, when the list holds only those rendered.
 * @param shareControl Its copy-link control.
 */
function eventItem(timeline, categoryKeys, index, position, year, current, fresh, anchor, setSize, failedImages, { locale, language, strings }, shareControl) {
    const event = timeline.events[index];
    const category = event.category === undefined ? undefined : timeline.categories?.[event.category];
    const categoryNumber = event.category === undefined ? -1 : categoryKeys.indexOf(event.category);
    const { image, sources } = event;
    return html$1 `<li part="${current ? 'event event-current' : 'event'}" id="${anchor ?? nothing}" data-index="${index}" tabindex="${position ? -1 : 0}" aria-posinset="${setSize ? position + 1 : nothing}" aria-setsize="${setSize ?? nothing}" aria-current="${current ? 'true' : nothing}" class="${[categoryNumber < 0 ? undefined : `c${categoryNumber}`, fresh && 'new'].filter(Boolean).join(' ') || nothing}"> <p part="year" ?hidden="${!year}">${year ?? nothing}</p> <span part="event-new" ?hidden="${!fresh}">${fresh ? strings.newMark : nothing}</span> <div part="event-date"> <time datetime="${event.date.iso}">${event.dateLabel ?? formatPartialDate(event.date, locale, strings)}</time>${event.end
        ? html$1 ` – <time datetime="${event.end.iso}">${formatPartialDate(event.end, locale, strings)}</time>`
        : nothing} <span part="category" dir="auto" ?hidden="${!category}">${category?.label}</span> </div> <p part="event-title" dir="auto">${event.title}</p> <p part="location" dir="auto" ?hidden="${!event.location}">${event.location}</p> <p part="event-text" dir="auto" ?hidden="${!event.text}">${event.text}</p> ${image && !(failedImages.has(image.src) && !image.caption && !image.credit)
        ? html$1 `<figure part="event-image"> ${failedImages.has(image.src)
            ? nothing
            : html$1 `<img src="${image.src}" alt="${image.alt}" width="${image.width ?? nothing}" height="${image.height ?? nothing}" loading="lazy" decoding="async" referrerpolicy="no-referrer">`} <figcaption dir="auto">${[image.caption, image.credit].filter(Boolean).join(' · ')}</figcaption> </figure>`
        : nothing}${sources?.length
        ? html$1 `<p part="sources"> ${strings.sourcesLabel}: ${sources.map((source, at) => html$1 `${at ? listSeparator(language) : ''}<bdi>${source.url ? html$1 `<a href="${source.url}" rel="noopener">${source.name}</a>` : source.name}</bdi>`)} </p>`
        : nothing}${shareControl} </li>`;
}

/** Roving focus: `item` becomes the events' one tab stop (in whichever list of its shadow root), and takes focus. */
function focusEvent(item, options) {
    for (const other of item.getRootNode().querySelectorAll('li[tabindex="0"]'))
        other.tabIndex = -1;
    item.tabIndex = 0;
    item.focus(options);
}
/** Which way "forward" goes where `element` is: -1 right to left, as the widget's `dir` (its locale's) says. */
const forwardIn = (element) => (element.closest('[dir]')?.dir == 'rtl' ? -1 : 1);
/** Scrolls the horizontal track (the host's first list) most of its width back (-1) or on (1). */
function pageTrack(host, direction) {
    const track = host.renderRoot.querySelector('ol');
    if (track)
        track.scrollBy({ left: direction * forwardIn(track) * track.clientWidth * 0.8 });
}
/** The event (`<li data-index>`) an event of the page happened in. */
function eventItemOf(event) {
    const target = event.composedPath().find((node) => node instanceof HTMLElement && node.localName === 'li');
    return target?.dataset.index === undefined ? undefined : target;
}
/**
 * How far a key moves focus among the events (the one tab stop): arrows by one
 * (left and right in the horizontal track only, as the text runs), Home and
 * End to the first and last; undefined for other keys.
 */
function keyMove({ key, target }, horizontal) {
    const forward = horizontal ? forwardIn(target) : undefined;
    const moves = {
        ArrowDown: 1,
        ArrowUp: -1,
        ArrowRight: forward,
        ArrowLeft: forward && -forward,
        Home: -Infinity,
        End: Infinity,
    };
    return moves[key];
}

/** How `refresh` matches an event across versions: its id, else its date and title. */
const keyOf = (event) => event.id ?? `${event.date.iso} ${event.title}`;
/** Which events a new version added, changed and removed, by `keyOf`. */
function compareEvents(previous, next) {
    const before = new Map(previous.map((event) => [keyOf(event), JSON.stringify(event)]));
    const after = new Map(next.map((event) => [keyOf(event), JSON.stringify(event)]));
    return {
        added: [...after.keys()].filter((key) => !before.has(key)),
        changed: [...after.keys()].filter((key) => before.has(key) && before.get(key) !== after.get(key)),
        removed: [...before.keys()].filter((key) => !after.has(key)),
    };
}
/**
 * The events a refresh brings (a reactive controller): marked "new" until the
 * reader has seen them, held behind an "N new events" control in `desc` order,
 * and the reader kept in place while the events above change.
 *
 * @param events The data's events, which the host's items (`<li data-index>`) index.
 */
function freshEvents(host, events) {
    let seenObserver;
    let unmarkTimer;
    const seen = new Set();
    const freshKeys = new Set();
    const heldKeys = new Set();
    const items = () => [...host.renderRoot.querySelectorAll('li[data-index]')];
    // Items always show the events of `events()`: the host sets new data and renders it in one microtask, and nothing here runs between.
    const keyAt = (item) => keyOf(events()[Number(item.dataset.index)]);
    const changed = () => {
        state.markCount++;
        host.requestUpdate();
    };
    /** The event the reader is on: the focused one if it is on screen, else the first whose bottom is; and the focused one. */
    const findPlace = () => {
        const all = items();
        const focused = all.find((item) => item === host.shadowRoot?.activeElement);
        const onScreen = (item) => item.getBoundingClientRect().bottom > 0 && item.getBoundingClientRect().top < innerHeight;
        const item = (focused && onScreen(focused) ? focused : undefined) ?? all.find((candidate) => candidate.getBoundingClientRect().bottom > 0);
        return item && { key: keyAt(item), top: item.getBoundingClientRect().top, focusedKey: focused && keyAt(focused) };
    };
    const state = {
        freshKeys,
        heldKeys,
        markCount: 0,
        addVersion({ added, removed }, descending) {
            for (const key of added) {
                freshKeys.add(key);
                if (descending)
                    heldKeys.add(key);
            }
            for (const key of removed) {
                freshKeys.delete(key);
                heldKeys.delete(key);
            }
            if (added.length)
                changed();
            state.readerPlace = findPlace();
            return added.length && (descending ? heldKeys.size : added.length);
        },
        notePlace() {
            state.readerPlace ??= findPlace();
        },
        showHeld() {
            heldKeys.clear();
            changed();
        },
    };
    host.addController({
        hostDisconnected() {
            seenObserver?.disconnect();
            seenObserver = undefined;
            // Taken off the page before the marks went: they go a few seconds after it is back and seen.
            clearTimeout(unmarkTimer);
            unmarkTimer = undefined;
        },
        hostUpdated() {
            const { readerPlace: place } = state;
            if (place) {
                // After a refresh, events inserted above must not push the reader's event down (nor
                // removed ones pull it up): scroll back by what it moved, and keep focus on the same event.
                state.readerPlace = undefined;
                const all = items();
                const itemOf = (key) => all.find((candidate) => keyAt(candidate) === key);
                const item = itemOf(place.key);
                const moved = item ? item.getBoundingClientRect().top - place.top : 0;
                if (moved)
                    scrollBy(0, moved);
                // The list's items are reused by position: the focused one may now show another event.
                const focused = itemOf(place.focusedKey);
                if (focused)
                    focusEvent(focused, { preventScroll: true });
            }
            if (!freshKeys.size)
                return;
            // "New" marks go a few seconds after their event has been on screen.
            seenObserver ??= new IntersectionObserver((entries) => {
                for (const entry of entries)
                    if (entry.isIntersecting)
                        seen.add(keyAt(entry.target));
                if (!seen.size || unmarkTimer)
                    return;
                unmarkTimer = setTimeout(() => {
                    unmarkTimer = undefined;
                    for (const key of seen)
                        freshKeys.delete(key);
                    seen.clear();
                    changed();
                }, 3000);
            });
            seenObserver.disconnect();
            for (const item of host.renderRoot.querySelectorAll('li.new'))
                seenObserver.observe(item);
        },
    });
    return state;
}

// Element selectors where the element is unambiguous inside this shadow root:
// shorter than [part~=…], and the parts stay on the elements for ::part().
const timelineStyles = css `:host{--_line:var(--lede-timeline-line,var(--_border));--_marker:var(--lede-timeline-marker,var(--_accent));container-type:inline-size}section{background:var(--_background);border-radius:var(--_radius);padding:var(--_space)}h2{margin:0 0 .25rem;font-size:1.375rem;line-height:1.25}p{margin:.25rem 0 0}[part~=description]{margin-block-end:var(--_space)}[part~=legend],[part~=controls]{flex-wrap:wrap;gap:.5rem;margin-block-end:var(--_space);display:flex}[aria-pressed=true]{background:var(--_text);color:var(--_background)}summary{display:inline-block}summary::-webkit-details-marker,[open]>summary{display:none}[part~=legend]>span{color:var(--_text);background:var(--_surface);border:1px solid var(--_border);border-radius:999px;padding:.25em .9em;font-size:.875em}ol{margin:0;padding:0;list-style:none}ol>li{padding:0 0 1.25rem;cursor:pointer;padding-inline:1.75rem .5rem;position:relative}ol>li:after{content:"";inset-inline-start:.45rem;border-inline-start:2px solid var(--_line);position:absolute;top:0;bottom:0}ol>li.gap{height:700rem}.gap:before{content:none}ol>li:before{content:"";z-index:1;inset-inline-start:.1rem;background:var(--_category,var(--_marker));border:2px solid var(--_background);border-radius:50%;width:.8rem;height:.8rem;position:absolute;top:.3rem}[aria-current]{background:var(--_surface);border-start-end-radius:var(--_radius);border-end-end-radius:var(--_radius)}[part~=year]{margin:0 0 .5rem;font-size:1.125rem;font-weight:700}[part~=description],[part~=event-date],[part~=location],[part~=sources],figcaption{color:var(--_muted);font-size:.875rem}[part~=event-title]{font-size:1.0625rem;font-weight:650}[part~=event-share-status]{color:var(--_muted);margin-inline-start:.5rem;font-size:.875rem}[part~=event-share]{vertical-align:middle;padding:.3rem;display:inline-flex}[part~=event-new]{float:inline-end;background:var(--_text);color:var(--_background);border-radius:1rem;padding:0 .5rem;font-size:.75rem;font-weight:700}[part~=new-events]{margin-block-end:var(--_space)}[part~=category]{background:var(--_category);color:var(--_category-text);border-radius:1rem;margin:0 .5rem;padding:0 .5rem;font-size:.75rem}figcaption:empty{display:none}figure,li>button{margin:.5rem 0 0}img{max-width:100%;height:auto;display:block}@container (width>=480px){.horizontal ol{scroll-snap-type:x mandatory;padding-block-end:.75rem;display:flex;overflow-x:auto}.horizontal ol>li{scroll-snap-align:start;flex:0 0 min(18rem,80%);padding:1.5rem 1rem 0 0}.horizontal ol>li.gap{flex-basis:calc(100*min(18rem,80%));height:auto}.horizontal ol>li:after{inset-inline:0;border:0;border-top:2px solid var(--_line);top:.7rem;bottom:auto}.horizontal ol>li:before{top:.3rem;inset-inline-start:0}}@container (width<=479px){[part~=controls]{display:none}}`;

/**
 * @tag lede-timeline
 * @summary A chronology of events with exact or partial dates, categories and sources.
 *
 * @attr src - URL of a timeline document (JSON), fetched without cookies.
 * @attr timeout - Milliseconds to wait for `src` (default 10000).
 * @attr theme - `light`, `dark` or `auto` (default: dark when the page behind it is dark).
 * @attr locale - BCP 47 tag for dates and UI strings (default: the data's `lang`, the nearest `lang`, the browser's).
 * @attr order - `asc` (default, oldest first) or `desc`.
 * @attr layout - `vertical` (default) or `horizontal` (a scrolling track; vertical below 480 px of width).
 * @attr collapsed-after - Shows this many events, then a "show all" control.
 * @attr category - Shows only events of this category key (the legend can change it).
 * @attr highlight - Id of the event to mark as current.
 * @attr shareable - Gives each event with an id a copy-link control.
 * @attr heading-level - Level of the title (default 2: the widget sits inside someone else's page).
 * @attr debug - Shows editors what was left out of the data and why.
 * @attr loading - `eager` (default) or `lazy`: fetch and render only when the element nears the viewport.
 * @attr refresh - Seconds between checks of `src` for a new version (at least 15; default 0, never).
 * @attr state - `loading`, `ready` or `error`; set by the element (read-only).
 *
 * @slot - Fallback content: shown until the timeline renders, and kept when its data fails.
 *
 * @csspart base - The whole timeline.
 * @csspart title - The timeline's title.
 * @csspart description - The line under the title.
 * @csspart legend - The category filter buttons.
 * @csspart controls - Previous / next buttons of the horizontal layout.
 * @csspart announcement - Visually hidden status read by screen readers: new events, a copied link.
 * @csspart new-events - With `order="desc"`, shows the events a refresh brought and held back.
 * @csspart events - The list of events.
 * @csspart event - One event.
 * @csspart event-current - The highlighted event (it is an `event` too).
 * @csspart event-new - The "new" mark on events a refresh brought.
 * @csspart year - The year shown on the first event of each year.
 * @csspart event-date - The date, or the span of dates.
 * @csspart event-title - The event's title.
 * @csspart category - The category chip.
 * @csspart location - Where it happened.
 * @csspart event-text - The description.
 * @csspart event-image - The image with its credit.
 * @csspart sources - The list of sources.
 * @csspart event-share - The copy-link control of an event.
 * @csspart event-share-status - "Link copied", beside that control for a few seconds.
 * @csspart show-all - The control that shows every event.
 * @csspart notice - The message shown when the data fails and there is no fallback.
 * @csspart retry - Loads the data again after a network failure.
 * @csspart issues - The `debug` list of what was left out.
 *
 * @cssprop --lede-timeline-line - The line that joins the events (default: `--lede-color-border`).
 * @cssprop --lede-timeline-marker - Event markers without a category colour (default: `--lede-color-accent`).
 *
 * @fires {LedeLoadDetail} lede-load - Data validated and rendered; detail `{ data, issues }`.
 * @fires {LedeErrorDetail} lede-error - Data could not be loaded or is invalid; detail `{ code, message, issues }`.
 * @fires {LedeUpdateDetail} lede-update - `refresh` found a new version and it is shown; detail `{ data, added, changed, removed }` (event ids).
 * @fires {LedeSelectDetail} lede-select - A reader chose an event (click, Enter or Space); detail `{ id, index }`.
 * @fires {LedeShareDetail} lede-share - An event's link was shared or copied; detail `{ url, method }`.
 */
class LedeTimeline extends LedeElement {
    constructor() {
        super(...arguments);
        this.documentType = 'timeline';
        this.schema = timelineSchema;
        /** `asc` (oldest first) or `desc`. */
        this.order = 'asc';
        /** `vertical` or `horizontal`. */
        this.layout = 'vertical';
        /** Gives each event with an id a copy-link control. */
        this.shareable = false;
        /** Level of the title (default 2; inside an article, one below its headline). */
        this.headingLevel = 2;
        this.expanded = false;
        /** Said once through the polite live region when a refresh brings events, or a link was copied. */
        this.announcement = '';
        /**
         * What is shown, in order: positions in `content.events` (the `index` of
         * `lede-select`). Plain numbers, not an object per event: at 1,000 events and
         * more, the model is most of the widget's memory.
         */
        this.#shown = [];
        /** The events shown span several years: the first event of each year says which. */
        this.#yearsShown = false;
        this.#shownFor = [];
        /**
         * Shown events up to `collapsed-after`; the rest are in the page too, in a closed `<details>`:
         * its summary opens it without the script, and find-in-page reaches them.
         */
        this.#collapsedAt = 0;
        this.#categories = categoryFilter(this, () => this.content);
        this.#chunks = chunkedRendering(this, () => this.#shown.length, () => this.#fresh.notePlace());
        this.#links = deepLinks(this, () => this.content, (index, event) => {
            this.expanded = true;
            this.#categories.chooseCategories(new Set());
            // A link to an event a refresh holds back (order="desc") shows the held ones.
            if (this.#fresh.heldKeys.has(keyOf(event)))
                this.#fresh.showHeld();
            // Its place among the shown events is known once they are chosen again (willUpdate).
            this.#linkedIndex = index;
        });
        this.#fresh = freshEvents(this, () => this.content?.events ?? []);
        /** Find-in-page opened the collapsed events. */
        this.#onToggle = (event) => {
            if (event.target instanceof HTMLDetailsElement && event.target.open)
                this.expanded = true;
        };
        this.#onClick = (event) => {
            if (event.composedPath().some((node) => node instanceof HTMLElement && /^(a|button)$/.test(node.localName)))
                return;
            const item = eventItemOf(event);
            if (item)
                this.#select(item);
        };
        /** Roving focus: the events are one tab stop; arrows, Home and End move between them. */
        this.#onKeydown = async (event) => {
            const item = eventItemOf(event);
            if (!item || event.target !== item)
                return;
            if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                return this.#select(item);
            }
            const move = keyMove(event, this.layout === 'horizontal');
            if (!move)
                return;
            event.preventDefault();
            const shown = this.#shown;
            const to = Math.max(0, Math.min((this.expanded ? shown.length : this.#collapsedAt) - 1, shown.indexOf(Number(item.dataset.index)) + move));
            // The event moved to may not be rendered yet (End, or the next after a chunk): render its chunk (alone) first.
            this.#chunks.jumpTo(to);
            await this.updateComplete;
            const target = this.renderRoot.querySelector(`li[data-index="${shown[to]}"]`);
            if (target)
                focusEvent(target);
        };
    }
    static { this.styles = [...LedeElement.styles, timelineStyles]; }
    static { this.properties = {
        order: {},
        layout: { reflect: true },
        collapsedAfter: { type: Number, attribute: 'collapsed-after' },
        category: {},
        highlight: {},
        shareable: { type: Boolean },
        headingLevel: { type: Number, attribute: 'heading-level' },
        expanded: { state: true },
        announcement: { state: true },
        copied: { state: true },
    }; }
    /**
     * What is shown, in order: positions in `content.events` (the `index` of
     * `lede-select`). Plain numbers, not an object per event: at 1,000 events and
     * more, the model is most of the widget's memory.
     */
    #shown;
    /** The events shown span several years: the first event of each year says which. */
    #yearsShown;
    #shownFor;
    #followedFor;
    /**
     * Shown events up to `collapsed-after`; the rest are in the page too, in a closed `<details>`:
     * its summary opens it without the script, and find-in-page reaches them.
     */
    #collapsedAt;
    /** The deep-linked event (its position in `content.events`), until its chunk is rendered. */
    #linkedIndex;
    /** The highlighted event last brought into the horizontal track's view. */
    #revealed;
    #categories;
    #chunks;
    #links;
    #fresh;
    connectedCallback() {
        // Server-rendered with every event: the first render shows them all too, so hydrating changes nothing on screen.
        if (!this.renderRoot && this.shadowRoot)
            this.#chunks.renderFirst();
        super.connectedCallback();
    }
    willUpdate(changed) {
        super.willUpdate(changed);
        if (changed.has('category'))
            this.#categories.legendChoice = undefined;
        const timeline = this.content;
        if (timeline && this.category && (changed.has('category') || changed.has('content')) && !this.#categories.knownCategory()) {
            console.warn(this.localName, `category="${this.category}": this timeline has no such category; every event is shown`);
        }
        if (!isServer && timeline !== this.#followedFor) {
            this.#followedFor = timeline;
            this.#links.followHash();
        }
        const inputs = [timeline, this.order, this.#categories.legendChoice, this.category, this.collapsedAfter, this.expanded, this.#fresh.markCount];
        const reselect = !!timeline && inputs.some((input, position) => input !== this.#shownFor[position]);
        if (timeline && reselect) {
            this.#shownFor = inputs;
            this.#shown = this.#selectEvents(timeline);
        }
        // Without a timeline (its data failed) nothing is shown, whatever `#shown` still holds.
        if (!timeline)
            return;
        const { events } = timeline;
        const jumpTo = this.#chunks.jumpTo;
        if (this.#linkedIndex !== undefined) {
            jumpTo(this.#shown.indexOf(this.#linkedIndex));
            this.#linkedIndex = undefined;
        }
        if (reselect || changed.has('highlight'))
            jumpTo(this.highlight === undefined ? -1 : this.#shown.findIndex((index) => events[index].id === this.highlight));
        // A refresh that inserts events above can move the reader's events into a chunk not rendered yet.
        const place = this.#fresh.readerPlace;
        for (const key of place ? [place.key, place.focusedKey] : [])
            jumpTo(this.#shown.findIndex((index) => keyOf(events[index]) === key));
    }
    #selectEvents(timeline) {
        const chosen = this.#categories.chosenKeys();
        const shown = [];
        let firstYear;
        this.#yearsShown = false;
        timeline.events.forEach((event, index) => {
            if ((chosen.size && !chosen.has(event.category ?? '')) || this.#fresh.heldKeys.has(keyOf(event)))
                return;
            shown.push(index);
            // Each year as written: a date-time with an offset can sort into the next year's first hours.
            firstYear ??= event.date.iso.slice(0, 4);
            if (!event.date.iso.startsWith(firstYear))
                this.#yearsShown = true;
        });
        if (this.order === 'desc')
            shown.reverse();
        this.#collapsedAt = this.collapsedAfter && this.collapsedAfter > 0 ? Math.min(this.collapsedAfter, shown.length) : shown.length;
        return shown;
    }
    renderContent(timeline) {
        const { locale, dir, strings } = this.localeInfo;
        const categories = Object.entries(timeline.categories ?? {});
        const categoryKeys = categories.map(([key]) => key);
        const chosen = this.#categories.chosenKeys();
        const shown = this.#shown;
        const collapsedAt = this.#collapsedAt;
        const { linked } = this.#links;
        const { freshKeys, heldKeys } = this.#fresh;
        // Past BACKGROUND_LIMIT the list holds only what has rendered: screen readers get each event's place in all of them.
        const setSize = shown.length > BACKGROUND_LIMIT ? shown.length : undefined;
        /** The shown events from `from` to `to`: each chunk's part of them, or its stand-in. */
        const eventsBetween = (from, to) => {
            const chunks = [];
            for (let chunk = chunkOf(from); chunkStart(chunk) < to; chunk++) {
                const start = Math.max(from, chunkStart(chunk));
                const end = Math.min(to, chunkStart(chunk + 1));
                chunks.push(this.#chunks.isRendered(chunk)
                    ? guard([shown, start, end, this.highlight, linked, this.shareable, locale, this.#fresh.markCount, this.copied, this.failedImages], () => shown.slice(start, end).map((index, offset) => {
                        const event = timeline.events[index];
                        const position = start + offset;
                        const year = event.date.iso.slice(0, 4);
                        const anchor = this.#links.anchorOf(event);
                        return eventItem(timeline, categoryKeys, index, position, this.#yearsShown && year !== timeline.events[shown[position - 1]]?.date.iso.slice(0, 4) ? year : undefined, event.id !== undefined && (event.id === this.highlight || event.id === linked), freshKeys.has(keyOf(event)), anchor, setSize, this.failedImages, this.localeInfo, this.shareable && anchor
                            ? html$1 `<button part="event-share" type="button" ?inert="${isServer}" aria-label="${strings.copyLink}" title="${strings.copyLink}" @click="${() => this.#share(anchor)}"> <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16"><path d="M6.5 9.5l3-3M7 4.5l1.3-1.3a2.5 2.5 0 013.5 3.5L10.5 8M9 11.5l-1.3 1.3a2.5 2.5 0 01-3.5-3.5L5.5 8" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round"/></svg> </button>${this.copied === anchor ? html$1 `<span part="event-share-status">${strings.linkCopied}</span>` : nothing}`
                            : nothing);
                    }))
                    : html$1 `<li class="gap" data-chunk="${chunk}" aria-hidden="true"></li>`);
            }
            return chunks;
        };
        return html$1 `<section part="base" class="${this.layout === 'horizontal' ? 'horizontal' : 'vertical'}" lang="${locale}" dir="${dir}"> ${timeline.title ? heading(this.headingLevel, 'title', timeline.title) : nothing} ${timeline.description ? html$1 `<p part="description" dir="auto">${timeline.description}</p>` : nothing} ${categories.length
            ? html$1 `<div part="legend" role="group" aria-label="${strings.categoriesLabel}"> ${categories.map(([key, category]) => 
            // Before the script runs the legend is a key to the colours, with no control that would do nothing.
            isServer
                ? html$1 `<span>${category.label}</span>`
                : html$1 `<button type="button" aria-pressed="${chosen.has(key)}" @click="${() => this.#toggleCategory(key)}">${category.label}</button>`)} </div>`
            : nothing} ${this.layout === 'horizontal'
            ? html$1 `<div part="controls"> <button type="button" ?inert="${isServer}" @click="${() => pageTrack(this, -1)}">${dir === 'rtl' ? '→' : '←'} ${strings.previousLabel}</button> <button type="button" ?inert="${isServer}" @click="${() => pageTrack(this, 1)}">${strings.nextLabel} ${dir === 'rtl' ? '←' : '→'}</button> </div>`
            : nothing} <p part="announcement" role="status" class="hidden-text">${this.announcement}</p> ${heldKeys.size ? html$1 `<button part="new-events" type="button" @click="${this.#fresh.showHeld}">${strings.newEvents(heldKeys.size)}</button>` : nothing} <ol part="events" @click="${this.#onClick}" @keydown="${this.#onKeydown}">${eventsBetween(0, collapsedAt)}</ol> ${collapsedAt < shown.length
            ? html$1 `<details ?open="${this.expanded}" @toggle="${this.#onToggle}"> <summary part="show-all" @click="${this.#expand}">${strings.showAll(shown.length)}</summary> <ol part="events" @click="${this.#onClick}" @keydown="${this.#onKeydown}">${eventsBetween(collapsedAt, shown.length)}</ol> </details>`
            : nothing} </section>`;
    }
    updated(changed) {
        super.updated(changed);
        // Once per highlighted event, as soon as it is rendered (data from src comes later), not on every refresh.
        const reveal = this.layout === 'horizontal' ? this.highlight : undefined;
        this.#revealed = reveal && (reveal === this.#revealed || this.#revealInTrack()) ? reveal : undefined;
    }
    /** Events compared by id (else date and title). */
    compareVersions(previous, next) {
        return compareEvents(previous.events, next.events);
    }
    /** New events marked, and held back in `desc` order; the reader's place noted so the new version does not move it. */
    versionChanged(changes) {
        const count = this.#fresh.addVersion(changes, this.order === 'desc');
        if (count)
            this.announcement = this.localeInfo.strings.newEvents(count);
    }
    /** Brings the highlighted event into the horizontal track's view without scrolling the page; false while it is not rendered. */
    #revealInTrack() {
        const track = this.renderRoot.querySelector('ol');
        const element = this.renderRoot.querySelector(`[aria-current]`);
        if (track && element)
            track.scrollLeft = element.offsetLeft - track.offsetLeft;
        return !!element;
    }
    #toggleCategory(key) {
        const chosen = new Set(this.#categories.chosenKeys());
        if (!chosen.delete(key))
            chosen.add(key);
        this.#categories.chooseCategories(chosen);
        this.#chunks.startOver();
    }
    /** Find-in-page opened the collapsed events. */
    #onToggle;
    async #expand(event) {
        // The element opens the details itself: the browser's own toggle, coming after, would close it again.
        event.preventDefault();
        const firstNew = this.#collapsedAt;
        this.expanded = true;
        // What the reader asked for appears at once (up to two chunks); a long rest follows in the background.
        this.#chunks.renderFirst(2);
        await this.updateComplete;
        // The control is gone: focus goes to the first event it showed, not to the page's start.
        const next = this.renderRoot.querySelectorAll('li[data-index]')[firstNew];
        if (next)
            focusEvent(next);
    }
    #select(item) {
        const index = Number(item.dataset.index);
        const event = this.content?.events[index];
        if (event)
            this.emit('lede-select', { id: event.id ?? String(index), index });
    }
    #onClick;
    /** Roving focus: the events are one tab stop; arrows, Home and End move between them. */
    #onKeydown;
    /** Shares an event's link; a copied one shows "Link copied" beside its control and says it through the live region, for a few seconds. */
    #share(anchor) {
        const { linkCopied } = this.localeInfo.strings;
        shareLink(shareUrl(anchor), undefined, (detail) => this.emit('lede-share', detail), (shown) => {
            if (shown) {
                this.copied = anchor;
                this.announcement = linkCopied;
            }
            else {
                if (this.copied === anchor)
                    this.copied = undefined;
                if (this.announcement === linkCopied)
                    this.announcement = '';
            }
        });
    }
}

defineElement('lede-timeline', LedeTimeline);

defineElement('lede-article', LedeArticle);

/** Text and attribute values for HTML built as a string (the fallback, the snippet). */
function escapeHtml(value) {
    return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
/**
 * JSON to put inside `<script>`: `<` (so neither `</script>` nor `<!--` can end or
 * change the element), `>`, `&` and the two JavaScript line breaks become
 * `\u` escapes, which JSON.parse reads back as the same characters.
 */
function scriptJson(value, indent) {
    return JSON.stringify(value, null, indent).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Leaves out what the document does not have, so the graph holds no empty values. */
function compact(thing) {
    return Object.fromEntries(Object.entries(thing).filter(([, value]) => value !== undefined && !(Array.isArray(value) && !value.length)));
}
function imageObject(image) {
    return image && compact({ '@type': 'ImageObject', url: image.src, caption: image.caption || undefined, creditText: image.credit, width: image.width, height: image.height });
}
/** A quote (also a quote block of an article, which has no `type`). */
function quotation(quote) {
    const speaker = compact({ '@type': 'Person', name: quote.speaker.name, jobTitle: quote.speaker.role, image: quote.speaker.image, url: quote.speaker.url });
    return compact({
        '@type': 'Quotation',
        text: quote.text,
        inLanguage: quote.lang,
        spokenByCharacter: speaker,
        creator: speaker,
        dateCreated: quote.date?.iso,
        description: quote.context,
        url: quote.url,
        // Where it was reported: the agency's or outlet's report.
        isBasedOn: quote.source && compact({ '@type': 'CreativeWork', url: quote.source.url, publisher: { '@type': 'Organization', name: quote.source.name } }),
        workTranslation: quote.translation && { '@type': 'CreativeWork', inLanguage: quote.translation.lang, text: quote.translation.text },
    });
}
function itemList(timeline) {
    return compact({
        '@type': 'ItemList',
        name: timeline.title,
        description: timeline.description,
        inLanguage: timeline.lang,
        itemListOrder: 'https://schema.org/ItemListOrderAscending',
        numberOfItems: timeline.events.length,
        itemListElement: timeline.events.map((event, index) => ({
            '@type': 'ListItem',
            position: index + 1,
            item: compact({
                '@type': 'Event',
                name: event.title,
                startDate: event.date.iso,
                endDate: event.end?.iso,
                description: event.text,
                location: event.location === undefined ? undefined : { '@type': 'Place', name: event.location },
                image: imageObject(event.image),
                url: event.url,
            }),
        })),
    });
}
function newsArticle(article) {
    const { publisher } = article;
    return compact({
        '@type': 'NewsArticle',
        headline: article.headline,
        description: article.dek,
        inLanguage: article.lang,
        articleSection: article.kicker,
        dateline: article.dateline,
        datePublished: article.published?.iso,
        dateModified: (article.updated ?? article.published)?.iso,
        author: article.authors?.map((author) => compact({ '@type': 'Person', name: author.name, url: author.url })),
        publisher: publisher && compact({ '@type': 'Organization', name: publisher.name, url: publisher.url, logo: publisher.logo && { '@type': 'ImageObject', url: publisher.logo } }),
        image: imageObject(article.image),
        keywords: article.tags,
        url: article.url,
        mainEntityOfPage: article.url,
        // Quotes and timelines inside render in the article's shadow DOM, out of a crawler's sight; here they are parts.
        hasPart: article.body.flatMap((block) => {
            if (block.type === 'quote' && block.text !== undefined && block.speaker)
                return [quotation({ ...block, text: block.text, speaker: block.speaker })];
            if (block.type === 'timeline' && block.events)
                return [itemList({ ...block, events: block.events })];
            return []; // a block given by `src` is not in this document
        }),
    });
}
/** schema.org JSON-LD for a validated document: a NewsArticle, a Quotation, or an ItemList of Events. */
function jsonLd(model) {
    const thing = model.type === 'quote' ? quotation(model) : model.type === 'timeline' ? itemList(model) : newsArticle(model);
    return { '@context': 'https://schema.org', ...thing };
}

/**
 * Lede's data format, version 1 (docs/data-format.md). Each document type is declared
 * once, in its own module (so a widget ships only its own rules); the
 * validator, `dist/lede.schema.json` and the types all come from those declarations.
 */
const DOCUMENT_TYPES = ['quote', 'timeline', 'article'];
const DOCUMENT_SCHEMAS = {
    quote: quoteSchema,
    timeline: timelineSchema,
    article: articleSchema,
};

function isDocumentType(value) {
    return DOCUMENT_TYPES.some((type) => type === value);
}
/**
 * Validates a document of any type (or of `expectedType`): for tools that do
 * not know in advance what they were given, such as the CLI.
 */
function validateDocument(input, expectedType, baseUrl) {
    // Before the type, so that a 100,000-deep list is named as that.
    const tooDeep = nestingError(input);
    if (tooDeep)
        return tooDeep;
    const found = typeof input === 'object' && input !== null && 'type' in input ? input.type : undefined;
    const type = (isDocumentType(found) ? found : undefined);
    if (!type) {
        return {
            ok: false,
            code: 'invalid-data',
            issues: [{ path: 'type', message: `must be one of "${DOCUMENT_TYPES.join('", "')}", not ${JSON.stringify(found)}`, severity: 'error' }],
        };
    }
    return checkDocument(DOCUMENT_SCHEMAS[type], type, input, { issues: [], baseUrl, itemPositions: new WeakMap() });
}

/** Fields that hold a URL wherever they appear in a Lede document (an image's `src`, a source's `url` …). */
const URL_FIELDS = new Set(['url', 'src', 'image', 'logo']);
/** Stands for the article's folder, deep enough that `../` never climbs out of it. */
const PLACE = 'https://lede.invalid/0/1/2/3/4/5/6/7/8/9/';
const PLACE_FOLDERS = new URL(PLACE).pathname.split('/').slice(1, -1);
/** A URL written relative to the document at `from`, rewritten relative to the article that now holds it. */
function rebase(value, from) {
    if (/^[a-z][a-z\d+.-]*:|^[/?#]/i.test(value))
        return value; // absolute, rooted or same-document
    if (/^[a-z][a-z\d+.-]*:/i.test(from))
        return new URL(value, from).href;
    if (from.startsWith('/')) {
        const rooted = new URL(value, new URL(from, PLACE));
        return rooted.pathname + rooted.search + rooted.hash;
    }
    const resolved = new URL(value, new URL(from, PLACE));
    const target = resolved.pathname.split('/').slice(1);
    let common = 0;
    while (common < PLACE_FOLDERS.length && common < target.length - 1 && PLACE_FOLDERS[common] === target[common])
        common++;
    return '../'.repeat(PLACE_FOLDERS.length - common) + target.slice(common).join('/') + resolved.search + resolved.hash;
}
/** `value` (a document or a part of one) with every URL field rebased from `from` (see `rebase`). */
function rebaseAll(value, from, key) {
    if (typeof value === 'string')
        return key !== undefined && URL_FIELDS.has(key) ? rebase(value, from) : value;
    if (Array.isArray(value))
        return value.map((item) => rebaseAll(item, from));
    if (typeof value !== 'object' || value === null)
        return value;
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, rebaseAll(item, from, name)]));
}

/** A document `renderToString` cannot render: `code` and `issues` as in `lede-error`. */
class LedeRenderError extends Error {
    constructor(code, issues) {
        super(`invalid Lede document: ${issues.filter((issue) => issue.severity === 'error').map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ')}`);
        this.code = code;
        this.issues = issues;
        this.name = 'LedeRenderError';
    }
}
/** `url` if it is absolute, else undefined. */
function absoluteUrl(url) {
    try {
        return url ? new URL(url).href : undefined;
    }
    catch {
        return undefined; // relative: the browser resolves it against the page
    }
}
/**
 * The model of a document the element loads from `src` (if any): docs/widgets.md has its relative URLs
 * resolve against its own URL, so the server's HTML agrees with the widget: against an absolute
 * src, or rewritten to stay right from the page for a relative one. Throws `LedeRenderError`.
 */
function validateFrom(document, src, baseUrl = absoluteUrl(src)) {
    const result = validateDocument(src && !baseUrl ? rebaseAll(document, src) : document, undefined, baseUrl);
    if (!result.ok)
        throw new LedeRenderError(result.code, result.issues);
    return result.model;
}

// What the elements declare, less `state`, which they set themselves.
const ATTRIBUTE_NAMES = new Set([
    'id',
    'class',
    ...[LedeArticle, LedeQuote, LedeTimeline].flatMap((element) => element.observedAttributes).filter((name) => name !== 'state'),
]);
/**
 * In the browser a timeline's category colours are a constructed stylesheet,
 * which declarative shadow DOM cannot hold: on the server they follow the
 * element's styles as one more `<style>`.
 */
class TimelineRenderer extends LitElementRenderer {
    static matchesClass(ctor) {
        return ctor === LedeTimeline || ctor.prototype instanceof LedeTimeline;
    }
    renderShadow(renderInfo) {
        const result = super.renderShadow(renderInfo);
        const rules = this.element instanceof LedeTimeline ? categoryRules(this.element.model) : '';
        if (rules)
            result?.push(`<style>${rules}</style>`);
        return result;
    }
}
const renderInfo = { elementRenderers: [TimelineRenderer, LitElementRenderer] };
function template(document, model, { attributes = {}, jsonLd: withJsonLd = true }) {
    const tag = unsafeStatic(`lede-${model.type}`);
    // The widget resolves its locale from the page in the browser; a document without
    // `lang` gets the server's choice written down, so both render the same words.
    const locale = attributes.locale ?? (model.lang ? undefined : 'en');
    const scripts = (attributes.src ? '' : `<script type="application/json">${scriptJson(document)}</script>`) +
        (withJsonLd ? `<script type="application/ld+json">${scriptJson(jsonLd(model))}</script>` : '');
    const written = Object.entries({ ...attributes, locale })
        .filter(([, value]) => value !== undefined && value !== null && value !== false)
        .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`))
        .join('');
    const start = unsafeStatic(`lede-${model.type}${written}`);
    // Static parts from lit/static-html: the tag and its escaped attributes are text, not bindings.
    // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
    return html$2 `<${start} .model=${model}>${unsafeHTML(scripts)}</${tag}>`;
}
function prepare(document, options) {
    // A misspelt attribute would otherwise vanish without a word.
    const unknown = Object.keys(options.attributes ?? {}).filter((name) => !ATTRIBUTE_NAMES.has(name));
    if (unknown.length)
        throw new TypeError(`lede/ssr: unknown attribute ${unknown.map((name) => JSON.stringify(name)).join(', ')}; known: ${[...ATTRIBUTE_NAMES].join(', ')}`);
    return template(document, validateFrom(document, options.attributes?.src, options.baseUrl), options);
}
/**
 * A Lede document as HTML for the page: the element with its declarative shadow
 * DOM (visible before and without the script), the document inline as
 * `<script type="application/json">` (the widget hydrates from it, with no
 * fetch), and its schema.org JSON-LD. Throws `LedeRenderError` for a document
 * the widget would reject; items it would leave out are left out here too.
 */
function renderToString(document, options = {}) {
    return collectResultSync(render(prepare(document, options), renderInfo));
}
/** `renderToString` as a Node stream, for HTTP responses. Validates before it returns. */
function renderToStream(document, options = {}) {
    return new RenderResultReadable(render(prepare(document, options), renderInfo));
}

function time(date, label, { locale, strings }) {
    return `<time datetime="${escapeHtml(date.iso)}">${escapeHtml(label ?? formatPartialDate(date, locale, strings))}</time>`;
}
function link(text, url) {
    return url ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}
/** The words of a sanitised paragraph: the fallback is plain text. */
function plainText(nodes) {
    return nodes.map((node) => (typeof node === 'string' ? node : plainText(node.children))).join('');
}
/** `lang` and `dir` for text in `lang` inside text in `info`'s language: none when they agree. */
function ownLanguage(lang, info) {
    return lang && languageOf(lang) !== info.language ? ` lang="${escapeHtml(lang)}" dir="${directionOf(lang)}"` : '';
}
function quoteFallback(quote, info) {
    const { speaker, source, translation } = quote;
    // As in the widget: the translation leads when it is in the reader's language and the original is not.
    const shown = translation && languageOf(translation.lang) === info.language && languageOf(quote.lang ?? info.locale) !== info.language ? translation : quote;
    const [open, close] = stringsFor(shown.lang ?? info.locale).quoteMarks;
    const attribution = [
        link(speaker.name, speaker.url),
        speaker.role && escapeHtml(speaker.role),
        source && link(source.name, source.url),
        quote.date && time(quote.date, quote.dateLabel, info),
    ].filter(Boolean);
    return `<figure>
  <blockquote${ownLanguage(shown.lang, info)}${source?.url ? ` cite="${escapeHtml(source.url)}"` : ''}><p>${escapeHtml(open + shown.text + close)}</p></blockquote>
  <figcaption>— ${attribution.join(listSeparator(info.language))}</figcaption>${quote.context ? `\n  <p>${escapeHtml(quote.context)}</p>` : ''}
</figure>`;
}
function timelineFallback(timeline, info) {
    const events = timeline.events.map((event) => {
        const dates = time(event.date, event.dateLabel, info) + (event.end ? ` – ${time(event.end, undefined, info)}` : '');
        return `  <li>${dates}: ${link(event.title, event.url)}${event.text ? `. ${escapeHtml(event.text)}` : ''}</li>`;
    });
    return [timeline.title && `<p><strong>${escapeHtml(timeline.title)}</strong></p>`, `<ol>\n${events.join('\n')}\n</ol>`].filter(Boolean).join('\n');
}
function imageFallback(image) {
    const caption = [image.caption, image.credit].filter(Boolean).join(' · ');
    const size = (image.width ? ` width="${image.width}"` : '') + (image.height ? ` height="${image.height}"` : '');
    return `<figure><img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt)}"${size} loading="lazy">${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`;
}
/** Each block as plain HTML; a quote or timeline given by `src` is left to the script, which loads it. */
function blockFallback(block, info) {
    switch (block.type) {
        case 'paragraph':
            return `<p>${escapeHtml(block.html ? plainText(block.html) : block.text ?? '')}</p>`;
        case 'heading':
            return `<h3>${escapeHtml(block.text)}</h3>`;
        case 'list': {
            const tag = block.ordered ? 'ol' : 'ul';
            return `<${tag}>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
        }
        case 'image':
            return imageFallback(block);
        case 'quote': {
            const { text, speaker } = block;
            return text && speaker ? quoteFallback({ ...block, text, speaker }, info) : '';
        }
        case 'timeline':
            return block.events ? timelineFallback({ ...block, events: block.events }, info) : '';
    }
}
/** The whole story: every block of the body, so a reader without the script misses none of it. */
function articleFallback(article, info) {
    return [
        `<h2>${link(article.headline, article.url)}</h2>`,
        article.dek && `<p><strong>${escapeHtml(article.dek)}</strong></p>`,
        article.published && `<p>${time(article.published, undefined, info)}</p>`,
        article.image && imageFallback(article.image),
        ...article.body.map((block) => blockFallback(block, info)),
    ]
        .filter(Boolean)
        .join('\n');
}
/**
 * Fallback content for an embed (docs/widgets.md): what readers without the script, and
 * before it runs, see inside the element. Built from the validated model with the
 * same date formatting and UI strings as the widget, as plain HTML.
 */
function fallbackHtml(model, locale) {
    const info = resolveLocale(locale, model.lang);
    const content = model.type === 'quote' ? quoteFallback(model, info) : model.type === 'timeline' ? timelineFallback(model, info) : articleFallback(model, info);
    // In the page's flow, not the widget's: an Arabic fallback on an English page needs its own
    // language and direction, else it reads left to right. A document that does not say its
    // language takes its direction from its first words.
    const language = locale || model.lang ? `lang="${escapeHtml(info.locale)}" dir="${info.dir}"` : 'dir="auto"';
    return `<div ${language}>\n${content.replace(/^/gm, '  ')}\n</div>`;
}

/**
 * The release this code ships in. The build (rollup.config.mjs, `fillRelease`) replaces
 * these values with package.json's version and dist/integrity.json, so the CDN tag that
 * `lede-widgets/ssr` writes always names its own release and the hash of its script.
 */
const RELEASE = {"version":"0.1.0","integrity":{"lede.js":"sha384-Pp3nuAt8JGPSaf+lB1dmZXzb5nfX7vJFPAaFPB0AkA6fLcx4RkMzkNaRJv4VdkUx","quote.js":"sha384-euEKtjb0azuqLnGJz8TR8VD9yQpHEletMiLDpSw+wAnXjR0jHP0S6nUwRresSV4a","timeline.js":"sha384-EiYy7G1ts+TPwRaZflsxIIJ+uqC0xMciHjzIelabXZx34EuSt0qI/18txM8t9i0E"}};
/** `dist/lede.js` of this release on jsDelivr's npm mirror, with its sha384. */
function cdnScript(file = 'lede.js') {
    const integrity = RELEASE.integrity[file];
    return { src: `https://cdn.jsdelivr.net/npm/lede-widgets@${RELEASE.version}/dist/${file}`, ...(integrity ? { integrity } : {}) };
}

/** The classic script's tag: with `integrity` (and so `crossorigin`) when the hash is known. */
function scriptTag({ src, integrity } = cdnScript()) {
    const checked = integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : '';
    return `<script src="${escapeHtml(src)}"${checked} async></script>`;
}
/**
 * The embed code for a document: the element with the data inline (or its `src`),
 * fallback content built from the document (the quote as a `<blockquote>`, the
 * timeline as a list, the article's headline and first paragraphs) so the embed
 * reads well before and without the script, and the script tag.
 */
function embedSnippet(document, { src, script, integrity } = {}) {
    // The fallback's links point where the widget's will: from the document's URL, not the page's.
    const model = validateFrom(document, src);
    const tag = `lede-${model.type}`;
    const data = src ? '' : `  <script type="application/json">${scriptJson(document)}</script>\n`;
    const fallback = fallbackHtml(model).replace(/^/gm, '  ');
    return `<${tag}${src ? ` src="${escapeHtml(src)}"` : ''}>
${data}${fallback}
</${tag}>
${scriptTag(script ? { src: script, integrity } : cdnScript())}
`;
}

function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
async function loadBlockFile(src, path, files) {
    const leave = (why) => void files.warn?.(path, `${why}; left for the browser to load`);
    // What the browser would not fetch either (" javascript:…") is no file name here.
    const url = safeUrl(src);
    if (url === null || /^[a-z][a-z\d+.-]*:/i.test(url))
        return leave('not a local file');
    try {
        return JSON.parse(await readDocumentFile(await resolveInsideRoot(src, files.folder, files.root ?? files.folder)));
    }
    catch (error) {
        // Neither message quotes the file: V8's JSON errors do.
        if (error instanceof SyntaxError)
            return leave(`"${src}": not valid JSON`);
        if (!(error instanceof DocumentFileError))
            throw error;
        if (error.problem === 'not-found')
            return leave(`"${src}": ${error.message}`);
        throw new DocumentFileError(error.problem, `${path}: "${src}": ${error.message}`);
    }
}
/**
 * An article whose quote and timeline blocks given by `src` hold the documents
 * they name instead, so the server renders them too and the browser fetches
 * nothing. `load(src, path)` returns the document a block names, or `undefined`
 * to leave that block to the browser; or, given `{ folder, root }`, the files
 * are read from disk: only regular files inside `root`, up to 1 MiB, UTF-8,
 * and any other `src` (absolute, `..` out of `root`, a symbolic link out of it,
 * a device, too large) throws a DocumentFileError naming the block. Relative
 * URLs inside a loaded document are rewritten to stay right from the article's
 * place (docs/widgets.md: they are relative to their own document). Anything but an
 * article is returned as it is.
 */
async function inlineBlocks(document, source) {
    if (!isRecord(document) || document.type !== 'article' || !Array.isArray(document.body))
        return document;
    const load = typeof source === 'function' ? source : (src, path) => loadBlockFile(src, path, source);
    const inline = async (block, index) => {
        if (!isRecord(block) || (block.type !== 'quote' && block.type !== 'timeline') || typeof block.src !== 'string')
            return block;
        const path = `body[${index}].src`;
        const loaded = await load(block.src, path);
        if (!isRecord(loaded) || loaded.type !== block.type)
            return block;
        // Rebasing recurses over the document: one nested too deep is left to the browser, which refuses it.
        if (findTooDeep(loaded, 2)) {
            if (typeof source !== 'function')
                source.warn?.(path, 'nested too deep; left for the browser to load');
            return block;
        }
        const { src, ...fields } = block;
        const { version: _version, ...content } = loaded;
        const rebased = rebaseAll(content, src);
        return isRecord(rebased) ? { ...rebased, ...fields } : block;
    };
    // A caller's loader may fetch, so all at once; files one by one, so warnings and errors come in block order.
    let body = [];
    if (typeof source === 'function')
        body = await Promise.all(document.body.map(inline));
    else
        for (const [index, block] of document.body.entries())
            body.push(await inline(block, index));
    return { ...document, body };
}

export { DocumentFileError, LedeRenderError, RELEASE, cdnScript, embedSnippet, fallbackHtml, inlineBlocks, jsonLd, renderToStream, renderToString, scriptTag };
