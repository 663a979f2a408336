// make size: Hearth's first-visit bytes against the floor, a one-button Yew app (bench/floor)
// built in the same run with the same toolchain. A first visit downloads every file in dist/
// (the service worker fetches the rest for offline use), so every file counts, once: the
// build's .br and .gz copies are other encodings of the same files. The budget is in gzip
// bytes; brotli, which most browsers get from the recipe's hosting, is shown beside it.
// Usage: node scripts/size.mjs <dist> [<floor dist>] [--limit=<gzip bytes>]
// With --limit it fails when the first visit is over that many gzip bytes: `make test` uses it
// as a ceiling, so Hearth cannot grow unnoticed.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const [dist = 'dist', floor] = args.filter((a) => !a.startsWith('--'));
const limit = Number(args.find((a) => a.startsWith('--limit='))?.slice('--limit='.length) ?? Infinity);
const budget = 2.0;

function measure(folder) {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.(br|gz)$/.test(entry.name))
    .map(({ name }) => {
      const body = readFileSync(join(folder, name));
      return {
        name,
        raw: body.length,
        gzip: gzipSync(body, { level: constants.Z_BEST_COMPRESSION }).length,
        brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length,
      };
    });
}
const sum = (files, key) => files.reduce((total, file) => total + file[key], 0);
const row = (label, ...values) => console.log(label.padEnd(44) + values.map((v) => String(v).padStart(11)).join(''));
const kib = (bytes) => `(${Math.round(bytes / 1024)} KiB)`;

const hearth = measure(dist);
row('Hearth file', 'bytes', 'gzip', 'brotli');
for (const file of hearth) row(file.name, file.raw, file.gzip, file.brotli);
console.log();
row('Hearth, first visit', sum(hearth, 'raw'), sum(hearth, 'gzip'), sum(hearth, 'brotli'));
// Part of index.html above: the first paint (frame and home page) and the script that makes Exit
// this page work before the app starts, measured on their own.
const page = readFileSync(join(dist, 'index.html'), 'utf8');
// Up to the last script's end: the first paint holds a script of its own, and the early script follows it.
const firstPaint = /<div id="hearth-first-paint">[\s\S]*<\/script>/.exec(page)?.[0];
if (firstPaint) {
  const paint = Buffer.from(firstPaint);
  row('  of which the first paint in index.html', paint.length, gzipSync(paint, { level: constants.Z_BEST_COMPRESSION }).length,
    brotliCompressSync(paint, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY } }).length);
}
if (floor) {
  const base = measure(floor);
  row('floor: one-button Yew app', sum(base, 'raw'), sum(base, 'gzip'), sum(base, 'brotli'));
  const ratio = (key) => `${(sum(hearth, key) / sum(base, key)).toFixed(2)}x`;
  row('ratio', '', ratio('gzip'), ratio('brotli'));
  console.log(`\nBudget: at most ${budget.toFixed(1)}x in gzip bytes; Hearth's first visit is ${sum(hearth, 'gzip')} bytes ${kib(sum(hearth, 'gzip'))} against ${sum(base, 'gzip')} ${kib(sum(base, 'gzip'))}.`);
}
if (sum(hearth, 'gzip') > limit) {
  console.error(`\nThe first visit is ${sum(hearth, 'gzip')} gzip bytes, over the ceiling of ${limit}. Find what grew (make size, twiggy) ` +
    'and cut it; raise the ceiling in the Makefile only if the growth is worth its bytes on a phone.');
  process.exit(1);
}
