// make release: the archive a partnership downloads, release/hearth-<version>.zip, holding
// hearth-<version>/ with dist/ ready to host, the single file, a local.json.example, HOSTING.md
// (docs/adopt/HOSTING.md with this build's hosting recipe pasted in) and SHA256SUMS.
// Reproducible: the same inputs give the same bytes. Files go in sorted by path, every entry
// has the same time, permissions 0644 and no extra fields. The time is SOURCE_DATE_EPOCH when
// set, else the commit's time (git log -1 --format=%ct), else 1 January 1980.
// Usage: node scripts/release.mjs [<dist> <single-file> <out-folder>]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { recipeForBuild } from '../e2e/recipe.mjs';

const [dist = 'dist', single = 'single-file/hearth.html', out = 'release'] = process.argv.slice(2);

const cargo = readFileSync('Cargo.toml', 'utf8');
const version = /\[package\][^[]*?\nversion = "([^"]+)"/.exec(cargo)?.[1];
if (!version) throw new Error('release: no version under [package] in Cargo.toml');
const top = `hearth-${version}`;

function epoch() {
  if (process.env.SOURCE_DATE_EPOCH) return Number(process.env.SOURCE_DATE_EPOCH);
  try {
    return Number(execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    return 315532800;
  }
}

function listFiles(folder, prefix = '') {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(folder, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

const files = new Map();
for (const name of listFiles(dist)) files.set(`dist/${name}`, readFileSync(join(dist, name)));
files.set('hearth.html', readFileSync(single));
// The single file is in dist/ too, for the setup page to build a copy with an area's settings.
files.set('dist/hearth.html', readFileSync(single));
files.set('local.json.example', readFileSync('docs/adopt/local.json.example'));
const nginx = recipeForBuild(dist).replace('root /srv/hearth/dist;', `root /srv/${top}/dist;`);
const hosting = readFileSync('docs/adopt/HOSTING.md', 'utf8').replaceAll('{version}', version).replace('{nginx}', nginx.trimEnd());
files.set('HOSTING.md', Buffer.from(hosting));
const sums = [...files.keys()].sort().map((name) => `${createHash('sha256').update(files.get(name)).digest('hex')}  ${name}\n`);
files.set('SHA256SUMS', Buffer.from(sums.join('')));

const crcTable = Array.from({ length: 256 }, (_, n) => {
  for (let k = 0; k < 8; k++) n = n & 1 ? 0xedb88320 ^ (n >>> 1) : n >>> 1;
  return n >>> 0;
});
const crc32 = (bytes) => (bytes.reduce((c, b) => crcTable[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

// A zip entry's time and date are in MS-DOS form, which has no time zone: read as UTC here.
const when = new Date(Math.max(epoch(), 315532800) * 1000);
const dosTime = (when.getUTCHours() << 11) | (when.getUTCMinutes() << 5) | (when.getUTCSeconds() >> 1);
const dosDate = ((when.getUTCFullYear() - 1980) << 9) | ((when.getUTCMonth() + 1) << 5) | when.getUTCDate();

const locals = [];
const centrals = [];
let offset = 0;
for (const name of [...files.keys()].sort()) {
  const body = files.get(name);
  const deflated = deflateRawSync(body, { level: 9 });
  // The .br and .gz copies are compressed already: stored as they are when deflating gains nothing.
  const [method, data] = deflated.length < body.length ? [8, deflated] : [0, body];
  const path = Buffer.from(`${top}/${name}`);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0, 6);
  local.writeUInt16LE(method, 8);
  local.writeUInt16LE(dosTime, 10);
  local.writeUInt16LE(dosDate, 12);
  local.writeUInt32LE(crc32(body), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(body.length, 22);
  local.writeUInt16LE(path.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE((3 << 8) | 20, 4);
  central.writeUInt16LE(20, 6);
  // Flags to the name's length are the local header's, in the same order.
  local.copy(central, 8, 6, 28);
  central.writeUInt32LE((0o100644 << 16) >>> 0, 38);
  central.writeUInt32LE(offset, 42);
  locals.push(local, path, data);
  centrals.push(central, path);
  offset += local.length + path.length + data.length;
}
const directory = Buffer.concat(centrals);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);
end.writeUInt16LE(files.size, 8);
end.writeUInt16LE(files.size, 10);
end.writeUInt32LE(directory.length, 12);
end.writeUInt32LE(offset, 16);
const zip = Buffer.concat([...locals, directory, end]);

mkdirSync(out, { recursive: true });
const archive = join(out, `${top}.zip`);
writeFileSync(archive, zip);
const digest = createHash('sha256').update(zip).digest('hex');
writeFileSync(`${archive}.sha256`, `${digest}  ${top}.zip\n`);
console.log(`${archive}: ${files.size} files, ${zip.length} bytes\nSHA-256 ${digest}`);
