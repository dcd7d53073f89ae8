// Takes the README's pictures of the widgets afresh, from demo/widget.html in Chromium:
//   npm run build && node scripts/readme-images.mjs
// They are committed (docs/images/), so the README shows them without a build; run this after
// a visual change and look at them before committing.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const README_IMAGES = [
  { file: 'quote-light.png', query: 'tag=lede-quote&src=data/quote-putin.ru.json&theme=light&background=%23ffffff', scheme: 'light', height: 0 },
  { file: 'timeline-dark.png', query: 'tag=lede-timeline&src=data/timeline-russia-azerbaijan.en.json&theme=dark&collapsed-after=3&background=%2318181b', scheme: 'dark', height: 0 },
  { file: 'article-arabic.png', query: 'tag=lede-article&src=data/sample-article.ar.json&theme=light&background=%23ffffff', scheme: 'light', height: 900 },
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await serve();
  try {
    mkdirSync(join(root, 'docs/images'), { recursive: true });
    for (const { file, query, scheme, height } of README_IMAGES) {
      const out = join(root, 'docs/images', file);
      const size = height ? [String(height)] : [];
      // Asynchronous: the server answering the screenshot's requests runs in this process.
      await promisify(execFile)(process.execPath, [join(root, 'scripts/screenshot.mjs'), `${server.origin}/demo/widget.html?${query}`, out, '680', scheme, ...size, '--element', 'body']);
      console.log(`docs/images/${file}`);
    }
  } finally {
    server.close();
  }
}
