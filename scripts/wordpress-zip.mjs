// `npm run wordpress:zip`: writes wordpress/dist/lede-widgets.zip, the plugin as WordPress's
// "Upload plugin" takes it: wordpress/lede-widgets/ plus the built lede.js and schema.mjs, and
// build.json (package, version, lede.js's integrity when dist/integrity.json has it) for the
// CDN setting. A small zip writer over node:zlib, so no archiver is needed; entries are
// sorted and dated 2026-01-01, so the same files give the same zip.
import { crc32, deflateRawSync } from 'node:zlib';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PLUGIN = join(ROOT, 'wordpress', 'lede-widgets');
export const ZIP_PATH = join(ROOT, 'wordpress', 'dist', 'lede-widgets.zip');

// MS-DOS date and time of 2026-01-01 00:00.
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

function filesUnder(directory) {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

/** The plugin's files by their path inside the zip. */
function pluginEntries() {
  const entries = new Map();
  for (const file of filesUnder(PLUGIN)) entries.set(`lede-widgets/${relative(PLUGIN, file).split(sep).join('/')}`, readFileSync(file));
  const dist = (name) => readFileSync(join(ROOT, 'dist', name));
  const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const integrityFile = join(ROOT, 'dist', 'integrity.json');
  const integrity = existsSync(integrityFile) ? (JSON.parse(readFileSync(integrityFile, 'utf8'))['lede.js'] ?? null) : null;
  entries.set('lede-widgets/assets/lede.js', dist('lede.js'));
  entries.set('lede-widgets/assets/schema.mjs', dist('schema.mjs'));
  entries.set('lede-widgets/assets/build.json', Buffer.from(`${JSON.stringify({ package: name, version, integrity }, null, 2)}\n`));
  return [...entries].sort(([a], [b]) => (a < b ? -1 : 1));
}

/** A zip archive (deflated entries, UTF-8 names) of [name, bytes] pairs. */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = deflateRawSync(data, { level: 9 });
    const fields = { crc: crc32(data), compressedSize: compressed.length, size: data.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    writeCommon(local, 4, fields, nameBytes.length);
    locals.push(local, nameBytes, compressed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, zip 2.0: the external attributes are Unix modes
    writeCommon(central, 6, fields, nameBytes.length);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Version needed, flags, method, time, date, CRC and sizes: the same in local and central headers. */
function writeCommon(header, at, { crc, compressedSize, size }, nameLength) {
  header.writeUInt16LE(20, at);
  header.writeUInt16LE(0x0800, at + 2); // names are UTF-8
  header.writeUInt16LE(8, at + 4); // deflate
  header.writeUInt16LE(DOS_TIME, at + 6);
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(crc, at + 10);
  header.writeUInt32LE(compressedSize, at + 14);
  header.writeUInt32LE(size, at + 18);
  header.writeUInt16LE(nameLength, at + 22);
}

/** Writes the plugin zip; returns its path and size in bytes. */
export function buildPluginZip() {
  const bytes = zip(pluginEntries());
  mkdirSync(join(ROOT, 'wordpress', 'dist'), { recursive: true });
  writeFileSync(ZIP_PATH, bytes);
  return { path: ZIP_PATH, size: bytes.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { path, size } = buildPluginZip();
  console.log(`${relative(ROOT, path)}: ${(size / 1024).toFixed(1)} KB`);
}
