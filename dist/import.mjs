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
/** The text a reader would see, for plain-text uses (JSON-LD, snippets). */
function safeHtmlToText(nodes) {
    return nodes.map((node) => (typeof node === 'string' ? node : node.tag === 'br' ? '\n' : safeHtmlToText(node.children))).join('');
}

/**
 * Longer HTML fields are left out with a warning: the sanitiser's time grows faster than
 * its input on some hostile markup (1 MiB of `<a title="` takes minutes), and a slide's
 * text is never this long.
 */
const MAX_HTML_LENGTH = 16_384;
// A line break before each block-level tag, so paragraphs do not run together once the
// sanitiser drops the tags. No quantifier: one pass, whatever the input.
const BLOCK_TAG = /<\/?(?:p|div|li|ul|ol|blockquote|h[1-6]|tr|table|section|article|header|footer|figure|figcaption|pre|hr|cite)(?=[\s/>])/gi;
const LOST_TAG = /<(script|style|iframe|object|embed|svg|math|img|picture|video|audio|template|noscript|form|input|textarea|select|button)(?=[\s/>])/gi;
/** The text a reader of the sanitised HTML sees, and what it does not carry (links, embeds). */
function htmlToPlainText(html) {
    if (html.length > MAX_HTML_LENGTH)
        return { text: '', lost: [`longer than ${MAX_HTML_LENGTH} characters; left out`] };
    const lost = [];
    const tree = sanitizeHtml(html.replace(BLOCK_TAG, '\n$&'));
    for (const href of linksIn(tree))
        lost.push(`link to ${href} not carried over (Lede's text is plain text)`);
    const dropped = new Set(Array.from(html.matchAll(LOST_TAG), (match) => `<${match[1].toLowerCase()}>`));
    if (dropped.size)
        lost.push(`${[...dropped].join(', ')} left out (Lede's text is plain text)`);
    const text = safeHtmlToText(tree)
        .replace(/\r\n?/g, '\n')
        .replace(/[^\S\n]+/g, ' ')
        .replace(/ ?\n ?/g, '\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim();
    return { text, lost };
}
function linksIn(nodes) {
    return nodes.flatMap((node) => {
        if (typeof node === 'string')
            return [];
        return [...(node.tag === 'a' && node.attributes.href ? [node.attributes.href] : []), ...linksIn(node.children)];
    });
}

/**
 * A category key for each group name: a readable ASCII slug ("Group A" → "group-a"),
 * numbered when two names give the same slug or a name gives none. The names are only
 * ever Map keys and slugs, so `__proto__` becomes the key "proto" and pollutes nothing.
 */
function categoryKeys(groups) {
    const keys = new Map();
    const used = new Set();
    const counters = new Map();
    for (const group of groups) {
        if (keys.has(group))
            continue;
        const base = group.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z\d]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'group';
        let key = base;
        let count = counters.get(base) ?? 1;
        while (used.has(key))
            key = `${base}-${++count}`;
        counters.set(base, count);
        used.add(key);
        keys.set(group, key);
    }
    return keys;
}

/**
 * A TimelineJS3 timeline (its JSON format, or the rows of its spreadsheet template
 * read by `timelinejs-sheet.ts`) as a Lede timeline document. What Lede has no place
 * for is named in a warning with its path, never dropped silently. DOM-free: the
 * CLI runs it in Node and the playground will run it in the browser.
 */
/** More text than this is refused before any parsing: the CLI's file limit, for the playground too. */
const MAX_INPUT_LENGTH = 1024 * 1024;
const IMAGE_PATH = /\.(jpe?g|png|gif|webp|svg|avif)$/i;
const EVENT_FIELDS = new Set(['start_date', 'end_date', 'display_date', 'text', 'media', 'group', 'unique_id']);
const MEDIA_FIELDS = new Set(['url', 'caption', 'credit', 'alt']);
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const textOf = (value) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() || undefined : undefined);
/** A TimelineJS JSON file's text, converted. */
function importTimelineJsJson(json, options = {}) {
    if (json.length > MAX_INPUT_LENGTH)
        return { ok: false, error: 'more than 1 MiB of text', warnings: [] };
    let parsed;
    try {
        parsed = JSON.parse(json.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        return { ok: false, error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`, warnings: [] };
    }
    if (!isObject(parsed))
        return { ok: false, error: 'not a TimelineJS timeline: expected an object with "events"', warnings: [] };
    const warnings = [];
    const slide = (value, path) => {
        if (isObject(value))
            return { value, path, pathOf: (field) => `${path}.${field}` };
        warnings.push({ path, message: 'not an object; left out' });
        return undefined;
    };
    const list = (name) => {
        const value = parsed[name];
        if (value === undefined)
            return [];
        if (Array.isArray(value))
            return value.flatMap((item, index) => slide(item, `${name}[${index}]`) ?? []);
        warnings.push({ path: name, message: 'not a list; left out' });
        return [];
    };
    if (!Array.isArray(parsed.events))
        return { ok: false, error: 'not a TimelineJS timeline: "events" is not a list', warnings: [] };
    for (const key of Object.keys(parsed)) {
        if (key === 'scale')
            warnings.push({ path: key, message: `not carried over (Lede has one time scale: years 0–9999)` });
        else if (!['title', 'events', 'eras'].includes(key))
            warnings.push({ path: key, message: 'not carried over (not a TimelineJS field Lede has a place for)' });
    }
    const title = parsed.title === undefined ? undefined : slide(parsed.title, 'title');
    return convertSlides({ title, events: list('events'), eras: list('eras') }, options, warnings);
}
/** Slides from either source, as a Lede timeline. */
function convertSlides(slides, options, warnings = []) {
    const warn = (path, message) => warnings.push({ path, message });
    const offset = options.utcOffset ?? 'Z';
    if (!/^(Z|[+-]\d\d:\d\d)$/.test(offset))
        return { ok: false, error: `--utc-offset ${offset}: expected Z or ±hh:mm`, warnings };
    let timesWarned = false;
    const timeOffset = (path) => {
        if (!timesWarned && offset === 'Z' && !options.utcOffset) {
            warn(path, 'TimelineJS times have no time zone: written as UTC (Z), so readers see the same clock time; give --utc-offset for the real one');
        }
        timesWarned = true;
        return offset;
    };
    let title;
    let description;
    if (slides.title) {
        const { value, pathOf } = slides.title;
        const text = isObject(value.text) ? value.text : {};
        title = htmlField(text.headline, pathOf('text.headline'), warn);
        description = htmlField(text.text, pathOf('text.text'), warn);
        for (const key of Object.keys(value)) {
            if (key === 'text')
                continue;
            if (isEmpty(value[key]))
                continue;
            warn(pathOf(key), key === 'media' ? 'not carried over (a Lede timeline has no title image)' : notCarried(key));
        }
    }
    for (const era of slides.eras) {
        const label = isObject(era.value.text) ? htmlField(era.value.text.headline, era.pathOf('text.headline'), () => { }) : undefined;
        warn(era.path, `era${label ? ` "${label}"` : ''} not carried over (Lede has no eras)`);
    }
    const groups = categoryKeys(slides.events.flatMap(({ value }) => textOf(value.group) ?? []));
    const events = [];
    for (const { value, pathOf } of slides.events) {
        const group = textOf(value.group);
        const event = convertEvent(value, pathOf, warn, timeOffset, group === undefined ? undefined : groups.get(group));
        if (event)
            events.push(event);
    }
    if (!events.length)
        return { ok: false, error: 'no event could be carried over (see the warnings)', warnings };
    const document = {
        type: 'timeline',
        version: 1,
        ...(options.lang && { lang: options.lang }),
        ...(title && { title }),
        ...(description && { description }),
        ...(groups.size && { categories: Object.fromEntries([...groups].map(([label, key]) => [key, { label }])) }),
        events,
    };
    return { ok: true, document, warnings };
}
function convertEvent(value, pathOf, warn, timeOffset, category) {
    const date = dateOf(value.start_date, (field) => pathOf(`start_date${field}`), warn, timeOffset);
    if (!date) {
        warn(pathOf('start_date'), 'no date Lede can show; event left out');
        return undefined;
    }
    const text = isObject(value.text) ? value.text : {};
    let title = htmlField(text.headline, pathOf('text.headline'), warn);
    let description = htmlField(text.text, pathOf('text.text'), warn);
    if (!title && description) {
        warn(pathOf('text.headline'), "missing: the text is the event's title");
        [title, description] = [description, undefined];
    }
    if (!title) {
        warn(pathOf('text.headline'), 'missing, and no text either; event left out');
        return undefined;
    }
    let end;
    if (!isEmpty(value.end_date)) {
        end = dateOf(value.end_date, (field) => pathOf(`end_date${field}`), warn, timeOffset);
        if (!end)
            warn(pathOf('end_date'), 'no date Lede can show; left out');
        if (end?.label)
            warn(pathOf('end_date.display_date'), 'not carried over (Lede writes the end date itself)');
    }
    const label = textOf(value.display_date) ?? date.label;
    if (textOf(value.display_date) && date.label)
        warn(pathOf('start_date.display_date'), "not carried over (the event's display_date is used)");
    let media = {};
    if (isObject(value.media))
        media = convertMedia(value.media, pathOf, warn, title);
    else if (!isEmpty(value.media))
        warn(pathOf('media'), notCarried('media'));
    for (const key of Object.keys(value)) {
        if (EVENT_FIELDS.has(key) || isEmpty(value[key]) || (key === 'autolink' && value[key] === false))
            continue;
        warn(pathOf(key), notCarried(key));
    }
    for (const key of Object.keys(text)) {
        if (key !== 'headline' && key !== 'text' && !isEmpty(text[key]))
            warn(pathOf(`text.${key}`), notCarried(key));
    }
    const id = textOf(value.unique_id);
    // In the order a person reading the JSON expects.
    return {
        ...(id && { id }),
        date: date.value,
        ...(end && { end: end.value }),
        ...(label && { dateLabel: label }),
        title,
        ...(description && { text: description }),
        ...(category && { category }),
        ...media,
    };
}
function convertMedia(media, pathOf, warn, title) {
    const source = textOf(media.url);
    const image = source ? imageUrl(source) : undefined;
    let url;
    const link = textOf(media.link);
    if (link) {
        const safe = safeUrl(link);
        if (safe && /^https?:/i.test(safe))
            url = safe;
        else
            warn(pathOf('media.link'), 'not an http(s) URL; left out');
    }
    for (const key of Object.keys(media)) {
        if (MEDIA_FIELDS.has(key) || key === 'link' || isEmpty(media[key]))
            continue;
        warn(pathOf(`media.${key}`), key === 'thumbnail' ? 'not carried over (Lede shows the image itself)' : notCarried(key));
    }
    const caption = htmlField(media.caption, pathOf('media.caption'), warn);
    const credit = htmlField(media.credit, pathOf('media.credit'), warn);
    const orphans = () => {
        if (caption || credit)
            warn(pathOf('media'), 'caption and credit of media Lede cannot show; left out');
    };
    if (!source) {
        orphans();
        return url ? { url } : {};
    }
    if (!image) {
        const safe = safeUrl(source);
        if (!safe || !/^https?:/i.test(safe))
            warn(pathOf('media.url'), source.startsWith('<') ? 'embed code, not a URL; left out' : 'not an http(s) URL; left out');
        else if (url)
            warn(pathOf('media.url'), 'not carried over (Lede shows images only)');
        else {
            url = safe;
            warn(pathOf('media.url'), "not an image (Lede shows images only): kept as the event's link");
        }
        orphans();
        return url ? { url } : {};
    }
    // TimelineJS's own fallback for alt text is the caption; the headline says more than nothing.
    const alt = (textOf(media.alt) && htmlField(media.alt, pathOf('media.alt'), warn)) || caption || title;
    return {
        image: { src: image, alt, ...(caption && { caption }), ...(credit && { credit }) },
        ...(url && { url }),
    };
}
/** An http(s) URL of an image, Wikimedia Commons file pages turned into the file itself. */
function imageUrl(source) {
    const safe = safeUrl(source);
    if (!safe || !/^https?:/i.test(safe))
        return undefined;
    let url;
    try {
        url = new URL(safe);
    }
    catch {
        return undefined;
    }
    // TimelineJS shows a Commons file page (wiki/File:…, or …#/media/File:…) as its image.
    const file = /^(?:\/wiki\/)?File:(.+)$/.exec(url.hash.replace(/^#\/media\//, '') || url.pathname.replace(/^\/wiki\//, ''));
    if (/\.wiki[mp]edia\.org$/.test(url.hostname) && file && IMAGE_PATH.test(file[1])) {
        return `https://commons.wikimedia.org/wiki/Special:FilePath/${file[1]}`;
    }
    return IMAGE_PATH.test(url.pathname) ? safe : undefined;
}
/** TimelineJS's `{ year, month, day, hour, minute, second, millisecond, display_date }` as an ISO partial date. */
function dateOf(value, 
/** The path of the date (`''`) or of one of its parts (`'.year'`). */
pathOf, warn, timeOffset) {
    if (!isObject(value)) {
        warn(pathOf(''), 'not a TimelineJS date object');
        return undefined;
    }
    const label = textOf(value.display_date);
    const part = (name, min, max) => {
        const raw = textOf(value[name]);
        if (raw === undefined)
            return undefined;
        const number = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
        if (number >= min && number <= max)
            return number;
        warn(pathOf(`.${name}`), name === 'year'
            ? `${raw} is outside the years Lede can show (0–9999)`
            : `${JSON.stringify(raw)} is out of range for ${name} (${min}–${max}); left out`);
        return null;
    };
    const year = part('year', 0, 9999);
    if (year === undefined || year === null) {
        if (year === undefined)
            warn(pathOf('.year'), 'missing');
        return undefined;
    }
    const pad = (number, width = 2) => String(number).padStart(width, '0');
    let iso = pad(year, 4);
    const month = part('month', 1, 12);
    const day = month ? part('day', 1, 31) : undefined;
    if (month)
        iso += `-${pad(month)}`;
    if (month && day) {
        if (parsePartialDate(`${iso}-${pad(day)}`))
            iso += `-${pad(day)}`;
        else
            warn(pathOf('.day'), `${day} is not a day of ${iso}; left out`);
    }
    if (textOf(value.hour) !== undefined) {
        if (iso.length === 10) {
            const hour = part('hour', 0, 23);
            const minute = part('minute', 0, 59) ?? 0;
            const second = part('second', 0, 59) ?? 0;
            if (typeof hour === 'number')
                iso += `T${pad(hour)}:${pad(minute)}${second ? `:${pad(second)}` : ''}${timeOffset(pathOf('.hour'))}`;
        }
        else
            warn(pathOf('.hour'), 'a time needs a year, month and day; left out');
    }
    if (textOf(value.millisecond) !== undefined)
        warn(pathOf('.millisecond'), 'not carried over (Lede dates go to the second)');
    return { value: iso, label };
}
/** TimelineJS text is HTML; Lede's is plain text: the sanitiser's reading of it. */
function htmlField(value, path, warn) {
    if (value === undefined || value === null || value === '')
        return undefined;
    if (typeof value !== 'string' && typeof value !== 'number') {
        warn(path, 'not text; left out');
        return undefined;
    }
    const { text, lost } = htmlToPlainText(String(value));
    for (const message of lost)
        warn(path, message);
    return text || undefined;
}
function isEmpty(value) {
    if (value === undefined || value === null || value === '')
        return true;
    if (Array.isArray(value))
        return value.length === 0;
    return isObject(value) && Object.values(value).every(isEmpty);
}
function notCarried(field) {
    const reasons = {
        background: 'Lede has no slide backgrounds',
        type: 'Lede has no slide types',
        autolink: 'Lede does not turn text into links',
    };
    return `not carried over (${Object.hasOwn(reasons, field) ? reasons[field] : 'Lede has no such field'})`;
}

/** Splits `text` into rows of fields. A blank line is a row of one empty field, so row numbers match the spreadsheet's. */
function parseCsvRows(text, delimiter = detectDelimiter(text)) {
    const rows = [];
    let row = [];
    let field = '';
    let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    let line = 1;
    const endRow = () => {
        row.push(field);
        field = '';
        rows.push(row);
        row = [];
    };
    while (at < text.length) {
        const character = text[at];
        if (character === '"' && field === '') {
            const openedOn = line;
            let end = at + 1;
            // Collect the quoted part in slices between doubled quotes, not one character at a time.
            for (;;) {
                const quote = text.indexOf('"', end);
                if (quote < 0)
                    return { ok: false, error: `line ${openedOn}: a quoted field is never closed` };
                field += text.slice(end, quote);
                if (text[quote + 1] === '"') {
                    field += '"';
                    end = quote + 2;
                }
                else {
                    end = quote + 1;
                    break;
                }
            }
            for (let index = at; index < end; index++)
                if (text[index] === '\n')
                    line++;
            at = end;
            // Text after the closing quote (`"a"b`) is kept, as spreadsheets do.
        }
        else if (character === delimiter) {
            row.push(field);
            field = '';
            at++;
        }
        else if (character === '\n' || character === '\r') {
            endRow();
            at += character === '\r' && text[at + 1] === '\n' ? 2 : 1;
            line++;
        }
        else {
            const next = nextSpecial(text, at, delimiter);
            field += text.slice(at, next);
            at = next;
        }
    }
    if (field !== '' || row.length)
        endRow();
    return { ok: true, rows };
}
/** A tab in the first line and no comma there: rows pasted from a spreadsheet. */
function detectDelimiter(text) {
    const firstLine = text.slice(0, text.search(/\r|\n|$/));
    return firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
}
function nextSpecial(text, from, delimiter) {
    let at = from;
    while (at < text.length) {
        const character = text[at];
        if (character === delimiter || character === '\n' || character === '\r' || character === '"')
            break;
        at++;
    }
    // A quote inside an unquoted field is kept as a character.
    return at === from ? from + 1 : at;
}

/**
 * A plain CSV of events: `date,title,description` and, when present, the columns
 * named like Lede's own fields (end, category, location, url, id, date label).
 * Dates are written as in Lede documents: 2024, 2024-12, 2024-12-25 or a date-time.
 */
const COLUMNS = {
    date: 'date',
    'start date': 'date',
    end: 'end',
    'end date': 'end',
    'date label': 'dateLabel',
    datelabel: 'dateLabel',
    'display date': 'dateLabel',
    title: 'title',
    headline: 'title',
    description: 'text',
    text: 'text',
    category: 'category',
    group: 'category',
    location: 'location',
    url: 'url',
    link: 'url',
    id: 'id',
};
const OPTIONAL_FIELDS = ['id', 'end', 'dateLabel', 'text', 'location', 'category', 'url'];
/** True when `header` has a date and a title column. */
function isPlainEventsCsv(header) {
    const fields = header.map((name) => fieldOf(name));
    return fields.includes('date') && fields.includes('title');
}
function importPlainEvents(header, rows, options) {
    const warnings = [];
    const fields = header.map((name) => fieldOf(name));
    header.forEach((name, at) => {
        if (name && (!fields[at] || fields.indexOf(fields[at]) !== at)) {
            warnings.push({ path: `row 1, ${name}`, message: fields[at] ? 'a second column for the same field; not carried over' : 'column not carried over (Lede has no such field)' });
        }
    });
    const column = (field) => fields.indexOf(field);
    const events = [];
    const groups = [];
    rows.forEach((cells, index) => {
        const cell = (field) => (column(field) < 0 ? '' : (cells[column(field)] ?? '').trim());
        if (cells.every((content) => !content.trim()))
            return;
        const path = (field) => `row ${index + 2}, ${header[column(field)]}`;
        const date = cell('date');
        if (!parsePartialDate(date)) {
            warnings.push({ path: path('date'), message: `${date ? JSON.stringify(date) : 'missing'}: not a date like 2024, 2024-12 or 2024-12-25; row left out` });
            return;
        }
        const title = cell('title');
        if (!title) {
            warnings.push({ path: path('title'), message: 'missing; row left out' });
            return;
        }
        const event = { date, title };
        for (const field of OPTIONAL_FIELDS) {
            const content = cell(field);
            if (!content)
                continue;
            if (field === 'end' && !parsePartialDate(content))
                warnings.push({ path: path(field), message: `${JSON.stringify(content)}: not a date; left out` });
            else if (field === 'url' && !/^https?:/i.test(safeUrl(content) ?? ''))
                warnings.push({ path: path(field), message: 'not an http(s) URL; left out' });
            else
                event[field] = content;
        }
        if (event.category)
            groups.push(event.category);
        events.push(event);
    });
    if (!events.length)
        return { ok: false, error: 'no row could be carried over (see the warnings)', warnings };
    const keys = categoryKeys(groups);
    for (const event of events)
        if (event.category)
            event.category = keys.get(event.category);
    const document = {
        type: 'timeline',
        version: 1,
        ...(options.lang && { lang: options.lang }),
        ...(keys.size && { categories: Object.fromEntries([...keys].map(([label, key]) => [key, { label }])) }),
        events,
    };
    return { ok: true, document, warnings };
}
function fieldOf(name) {
    const key = name.trim().toLowerCase();
    return Object.hasOwn(COLUMNS, key) ? COLUMNS[key] : undefined;
}

const DATE_PARTS = { Year: 'year', Month: 'month', Day: 'day' };
const TEXT_COLUMNS = {
    'Display Date': 'display_date',
    Headline: 'text.headline',
    Text: 'text.text',
    Media: 'media.url',
    'Media Credit': 'media.credit',
    'Media Caption': 'media.caption',
    'Media Thumbnail': 'media.thumbnail',
    'Alt Text': 'media.alt',
    Alt: 'media.alt',
    Title: 'media.title',
    Link: 'media.link',
    Group: 'group',
    Tag: 'group',
    Background: 'background',
};
const KNOWN = new Set(['Type', 'Time', 'End Time', ...Object.keys(DATE_PARTS), ...Object.keys(DATE_PARTS).map((name) => `End ${name}`), ...Object.keys(TEXT_COLUMNS)]);
/** True when `header` is the template's: it has the Year and Headline columns. */
function isTimelineJsSheet(header) {
    return header.includes('Year') && header.includes('Headline');
}
function slidesFromSheet(header, rows, warnings) {
    for (const name of header) {
        if (name && !KNOWN.has(name))
            warnings.push({ path: `row 1, ${name}`, message: 'column not carried over (not a TimelineJS column Lede has a place for)' });
    }
    const columnOf = new Map();
    for (const [name, field] of Object.entries(TEXT_COLUMNS))
        if (header.includes(name))
            columnOf.set(field, name);
    let title;
    const events = [];
    const eras = [];
    rows.forEach((cells, index) => {
        const cell = (name) => {
            const at = header.indexOf(name);
            return at < 0 ? '' : (cells[at] ?? '').trim();
        };
        if (header.every((_, at) => !(cells[at] ?? '').trim()))
            return;
        const row = `row ${index + 2}`;
        const value = {};
        const nested = new Map();
        for (const [name, field] of Object.entries(TEXT_COLUMNS)) {
            const content = cell(name);
            if (!content)
                continue;
            const [outer, inner] = field.split('.');
            if (!inner)
                value[outer] = content;
            else if (nested.has(outer))
                nested.set(outer, { ...nested.get(outer), [inner]: content });
            else
                nested.set(outer, { [inner]: content });
        }
        for (const [outer, fields] of nested)
            value[outer] = fields;
        for (const prefix of ['', 'End ']) {
            const date = {};
            for (const [name, part] of Object.entries(DATE_PARTS))
                if (cell(prefix + name))
                    date[part] = cell(prefix + name);
            const time = cell(`${prefix}Time`);
            if (time) {
                const parsed = parseTime(time);
                if (parsed)
                    Object.assign(date, parsed);
                else
                    warnings.push({ path: `${row}, ${prefix}Time`, message: `${JSON.stringify(time)} is not a time; left out` });
            }
            if (Object.keys(date).length)
                value[prefix ? 'end_date' : 'start_date'] = date;
        }
        const pathOf = (field) => `${row}, ${columnFor(field, columnOf)}`;
        const slide = { value, path: row, pathOf };
        const type = cell('Type').toLowerCase();
        if (type === 'title' && !title)
            title = slide;
        else if (type === 'era')
            eras.push(slide);
        else {
            if (type)
                value.type = cell('Type');
            events.push(slide);
        }
    });
    return { title, events, eras };
}
function columnFor(field, columnOf) {
    const [outer, inner] = field.split('.');
    if (outer === 'start_date' || outer === 'end_date') {
        const prefix = outer === 'end_date' ? 'End ' : '';
        if (inner === 'display_date')
            return 'Display Date';
        return prefix + (inner === 'month' ? 'Month' : inner === 'day' ? 'Day' : inner === 'year' || !inner ? 'Year' : 'Time');
    }
    if (outer === 'type')
        return 'Type';
    if (field === 'media')
        return columnOf.get('media.url') ?? 'Media';
    return columnOf.get(field) ?? field;
}
/** "13:45", "1:45 PM", "1345", "13:45:10.5" as TimelineJS reads them; anything else gives null. */
function parseTime(text) {
    const match = /^(\d{1,2})(?::?(\d\d))?(?::(\d\d)(?:\.(\d{1,3}))?)?\s*(?:([ap])\.?m\.?)?$/i.exec(text);
    if (!match)
        return null;
    const [, hourText, minute, second, millisecond, period] = match;
    let hour = Number(hourText);
    if (period) {
        if (hour < 1 || hour > 12)
            return null;
        hour = (hour % 12) + (period.toLowerCase() === 'p' ? 12 : 0);
    }
    return {
        hour: String(hour),
        ...(minute && { minute }),
        ...(second && { second }),
        ...(millisecond && { millisecond }),
    };
}

/** A CSV (or tab-separated rows) of TimelineJS's spreadsheet template, or of plain `date,title,description` events. */
function importCsv(text, options = {}) {
    if (text.length > MAX_INPUT_LENGTH)
        return { ok: false, error: 'more than 1 MiB of text', warnings: [] };
    const parsed = parseCsvRows(text);
    if (!parsed.ok)
        return { ok: false, error: parsed.error, warnings: [] };
    const [first = [], ...rows] = parsed.rows;
    const header = first.map((name) => name.trim());
    if (isTimelineJsSheet(header)) {
        const warnings = [];
        return convertSlides(slidesFromSheet(header, rows, warnings), options, warnings);
    }
    if (isPlainEventsCsv(header))
        return importPlainEvents(header, rows, options);
    return {
        ok: false,
        error: 'line 1: expected the columns of the TimelineJS spreadsheet (Year, Month, Day … Headline, Text …) or date,title,description',
        warnings: [],
    };
}

export { MAX_INPUT_LENGTH, importCsv, importTimelineJsJson, parseCsvRows };
