// make test-native: every repository file or folder named in a comment (Rust, build.rs,
// scripts, end-to-end tests, the Makefile and the TOML files) or anywhere in README.md and
// docs/ must exist, so that a comment or a doc cannot go on pointing at a file that was moved,
// renamed or never added. A path that leads out of the repository is refused too: a clean
// clone has nothing there. Exit code 1, naming the file, the line and the path.
// Usage: node scripts/check-paths.mjs [<repository>]
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, normalize, sep } from 'node:path';

const root = process.argv[2] ?? '.';
// Build output and installs: never named as sources, and large.
const skip = new Set(['.git', 'target', 'node_modules', 'dist', 'single-file', 'release', 'test-results', 'playwright-report']);

const files = [];
const folders = new Set(['']);
(function walk(folder) {
  for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const path = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      folders.add(path);
      walk(path);
    } else {
      files.push(path);
    }
  }
})('');
const fileSet = new Set(files);
const basenames = new Set(files.map((f) => basename(f)));

// The repository's own top-level folders: a word followed by one of these and a slash is meant
// as a path from the top of the repository.
const tops = [...new Set([...folders].filter((f) => f && !f.includes('/')).concat(['src', 'content', 'config', 'docs', 'e2e', 'scripts', 'tests']))];
// A bare file name with one of these endings is meant as a file (`main.rs`, `Trunk.toml`).
const fileEndings = /\.(rs|mjs|ts|toml|md|sh)$/;

// What counts as a comment in each kind of file. Markdown is read whole.
const kinds = [
  { test: (f) => /^(src|tests)\/.*\.rs$/.test(f) || f === 'build.rs', comment: (line) => slashComments(line, /"/g) },
  { test: (f) => /^(scripts|e2e)\/.*\.(mjs|js|ts)$/.test(f) || f === 'playwright.config.ts', comment: (line) => slashComments(line, /["'`]/g) },
  { test: (f) => f === 'Makefile' || /\.toml$/.test(f) || f.startsWith('.ci/'), comment: hashComments },
  { test: (f) => f === 'README.md' || /^docs\/.*\.md$/.test(f), comment: (line) => line },
];

// The part of a line after `//` (not `://`, and not inside a string), or '' if none. Strings
// are told by counting `quotes` before it (in Rust only ", since ' also marks lifetimes).
function slashComments(line, quotes) {
  for (let at = line.indexOf('//'); at !== -1; at = line.indexOf('//', at + 2)) {
    const before = line.slice(0, at);
    if (before.endsWith(':') || before.endsWith('\\')) continue;
    if ((before.replace(/\\./g, '').match(quotes) ?? []).length % 2 === 0) return line.slice(at + 2);
  }
  return '';
}

// The part of a line after `#` at its start or after a space, outside quotes, or ''.
function hashComments(line) {
  for (let at = line.indexOf('#'); at !== -1; at = line.indexOf('#', at + 1)) {
    const before = line.slice(0, at);
    if (at > 0 && !/\s$/.test(before)) continue;
    if ((before.match(/"/g) ?? []).length % 2 === 0) return line.slice(at + 1);
  }
  return '';
}

const exists = (path) => {
  const clean = path.replace(/\/$/, '');
  return path.endsWith('/') ? folders.has(clean) : fileSet.has(clean) || folders.has(clean);
};
const globMatches = (pattern) => {
  const re = new RegExp(`^${pattern.replace(/\/$/, '').split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`);
  return files.some((f) => re.test(f)) || [...folders].some((f) => re.test(f));
};
const found = (path) => (path.includes('*') ? globMatches(path) : exists(path));

// Why `token`, named in `file`, is not a file of the repository; undefined if it is, or if it is
// not meant as a path at all.
function problem(token, file) {
  const here = dirname(file) === '.' ? '' : dirname(file);
  if (token.startsWith('../') || token.startsWith('./')) {
    // Relative to the file that names it; a module named as code imports it may leave out
    // its ending, as e2e/guards.ts names its fixtures.
    const path = normalize(join(here, token)).split(sep).join('/');
    if (!path.startsWith('../') && ['', '.ts', '.mjs', '.js'].some((end) => found(path + end))) return undefined;
    const fromTop = normalize(token).split(sep).join('/');
    if (path.startsWith('../') || fromTop.startsWith('../')) return 'is outside the repository (a clean clone has nothing there)';
    return 'does not exist';
  }
  const first = token.split('/')[0];
  if (token.includes('/') && tops.includes(first)) return found(token) ? undefined : 'does not exist';
  if (token.includes('/') && fileEndings.test(token)) {
    // Relative to the file that names it (as a comment in src/ names domain/json.rs), else to
    // the top of the repository, else to any folder in it.
    const nearby = here ? `${here}/${token}` : token;
    return found(nearby) || found(token) || [...folders].some((f) => f && found(`${f}/${token}`)) ? undefined : 'does not exist';
  }
  if (!token.includes('/') && fileEndings.test(token) && !token.includes('*')) {
    return basenames.has(token) ? undefined : 'is not a file anywhere in the repository';
  }
  return undefined;
}

// Addresses and placeholders are not repository paths.
const notPaths = [/\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, /\b(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:org|uk|com|net|gov|io|rs)\/\S*/gi, /\bpath\/to\/\S*/g];
const token = /(?<![\w.\-/@*#~$])(?:\.\.?\/)*[\w*][\w.*-]*(?:\/[\w.*-]*)*/g;

const problems = [];
for (const file of files.sort()) {
  const kind = kinds.find((k) => k.test(file));
  if (!kind) continue;
  readFileSync(join(root, file), 'utf8').split('\n').forEach((line, index) => {
    let text = kind.comment(line);
    for (const pattern of notPaths) text = text.replace(pattern, ' ');
    for (const [raw] of text.matchAll(token)) {
      const path = raw.replace(/[.,:;]+$/, '');
      if (!path.includes('/') && !fileEndings.test(path)) continue;
      const why = problem(path, file);
      if (why) problems.push(`${file}:${index + 1}: names ${path}, which ${why}`);
    }
  });
}

if (problems.length > 0) {
  console.error(`check-paths: ${problems.length} path(s) named in comments or docs are not in the repository:`);
  for (const p of problems) console.error(`  ${p}`);
  console.error('Fix the path, or the file it should name; a path outside the repository belongs in docs/ instead.');
  process.exit(1);
}
console.log(`check-paths: every path named in comments, README.md and docs/ exists (${files.length} files looked at)`);
