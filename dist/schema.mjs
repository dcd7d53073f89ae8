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
/**
 * Validates a document that must be of `type` against its `schema`. Never
 * throws. `baseUrl` resolves relative URLs: the URL the document was fetched from.
 */
function validateAgainst(schema, type, input, baseUrl, context) {
    return nestingError(input) ?? checkDocument(schema, type, input, context ?? { issues: [], baseUrl, itemPositions: new WeakMap() });
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
    const type = expectedType ?? (isDocumentType(found) ? found : undefined);
    if (!type) {
        return {
            ok: false,
            code: 'invalid-data',
            issues: [{ path: 'type', message: `must be one of "${DOCUMENT_TYPES.join('", "')}", not ${JSON.stringify(found)}`, severity: 'error' }],
        };
    }
    return checkDocument(DOCUMENT_SCHEMAS[type], type, input, { issues: [], baseUrl, itemPositions: new WeakMap() });
}

/**
 * JSON Schema (draft 2020-12) for the data format, derived from `schema.ts`,
 * for editors and other languages. The build writes it to `dist/lede.schema.json`.
 * It describes the shape; rules that need code (safe URL schemes, real
 * calendar dates, unique event ids) are the validator's.
 */
const DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?)?)?[~?%]?$';
/** Documentation for editors, by path; kept out of the browser bundles. */
const DESCRIPTIONS = {
    'quote.text': 'The words, without quotation marks: the widget adds the language\'s own.',
    'quote.speaker.image': 'A portrait; needs no alt, the name is next to it.',
    'quote.source': 'Where it was reported: an agency or outlet.',
    'quote.dateLabel': 'Shown instead of the formatted date; `date` still sorts and stays machine-readable.',
    'quote.context': 'One line of context.',
    'quote.url': 'Canonical link to the quote, used for sharing.',
    'quote.translation': 'The words in another language; the widget shows the one that fits its locale, and the other one click away.',
    'timeline.events': 'Shown in date order whatever their order here; events on the same date keep this order.',
    'timeline.events.id': 'Unique within the timeline; used in deep links.',
    'timeline.events.end': 'End of a span.',
    'timeline.events.category': 'A key of `categories`.',
    'article.body': 'Blocks: paragraph, heading, list, image, quote, timeline.',
    'article.url': 'Canonical URL of the story.',
};
const DATE_DESCRIPTION = 'ISO 8601 in the precision known (2024, 2024-12, 2024-12-25, or a date-time with offset), optionally ending in ~ (approximate) or ? (uncertain).';
function describe(schema, path) {
    const description = DESCRIPTIONS[path];
    return description ? { description, ...schema } : schema;
}
function nodeToJsonSchema(node, path = '') {
    switch (node.kind) {
        case 'text':
            return describe({ type: 'string', ...(node.allowEmpty ? {} : { minLength: 1 }) }, path);
        case 'url':
            return describe({ type: 'string', format: 'uri-reference', pattern: '^(?![a-zA-Z][a-zA-Z0-9+.-]*:)|^[hH][tT][tT][pP][sS]?:' }, path);
        case 'date':
            return { description: DATE_DESCRIPTION, type: 'string', pattern: DATE_PATTERN };
        case 'html':
        case 'lang':
            return describe({ type: 'string' }, path);
        case 'color':
            return describe({ type: 'string', pattern: '^#([0-9a-fA-F]{3}){1,2}$' }, path);
        case 'number':
            return describe({ type: 'number', ...(node.minimum === undefined ? {} : { minimum: node.minimum }) }, path);
        case 'boolean':
            return describe({ type: 'boolean' }, path);
        case 'object': {
            const schema = {
                type: 'object',
                properties: Object.fromEntries(Object.entries(node.fields).map(([key, field]) => [key, nodeToJsonSchema(field, `${path}.${key}`)])),
                // Editors flag a misspelt field; `$` keys (`$schema`) are theirs.
                patternProperties: { '^\\$': true },
                additionalProperties: false,
            };
            if (node.required.size)
                schema.required = [...node.required];
            if (node.conditional) {
                schema.anyOf = [{ required: [node.conditional.unless] }, { required: [...node.conditional.required] }];
            }
            return describe(schema, path);
        }
        case 'array':
            return describe({ type: 'array', items: nodeToJsonSchema(node.items, path), ...(node.minItems ? { minItems: node.minItems } : {}) }, path);
        case 'record':
            return describe({ type: 'object', additionalProperties: nodeToJsonSchema(node.values, path) }, path);
        case 'variant':
            return describe({
                oneOf: Object.entries(node.options).map(([type, option]) => {
                    const schema = nodeToJsonSchema(option, path);
                    return { ...schema, properties: { type: { const: type }, ...schema.properties }, required: ['type', ...(schema.required ?? [])] };
                }),
            }, path);
    }
}
/** The whole format: one of the three document types. */
function documentJsonSchema() {
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        title: 'Lede document (version 1)',
        oneOf: DOCUMENT_TYPES.map((type) => {
            const schema = nodeToJsonSchema(DOCUMENT_SCHEMAS[type], type);
            return {
                title: type,
                ...schema,
                properties: { type: { const: type }, version: { enum: [...SUPPORTED_VERSIONS] }, ...schema.properties },
                required: ['type', ...(schema.required ?? [])],
            };
        }),
    };
}

export { DOCUMENT_SCHEMAS, DOCUMENT_TYPES, comparePartialDates, documentJsonSchema, parsePartialDate, safeUrl, sanitizeHtml, validateAgainst, validateDocument };
