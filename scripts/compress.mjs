// Writes a brotli (.br) and a gzip (.gz) copy beside each compressible file in the build, at
// the highest levels, for static hosts that serve precompressed files (nginx's brotli_static
// and gzip_static, most CDNs). Compressing once at build time costs a few seconds here; a host
// compressing on each request has to use a low level to keep its first byte quick.
// Trunk runs this last of the post-build steps (see Trunk.toml), after the service worker is
// written, so sw.js and the final index.html are compressed too.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('compress.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');

const compressible = /\.(html|js|wasm|css|svg|webmanifest)$/;
let raw = 0;
let brotli = 0;
for (const name of readdirSync(staging).filter((f) => compressible.test(f))) {
  const body = readFileSync(join(staging, name));
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  writeFileSync(join(staging, `${name}.br`), br);
  writeFileSync(join(staging, `${name}.gz`), gzipSync(body, { level: constants.Z_BEST_COMPRESSION }));
  raw += body.length;
  brotli += br.length;
}
console.log(`compress: ${raw} bytes written as ${brotli} bytes of brotli, with gzip copies for other clients`);
