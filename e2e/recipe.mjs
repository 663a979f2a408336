// The README's nginx hosting recipe, as the tests use it: the with-headers tests run it in a
// real nginx (e2e/nginx.mjs), and the node test server sends the same headers, so the recipe
// people copy is the one that is tested.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The ```nginx block in the README, as written there. */
function recipe(readme = 'README.md') {
  const block = /```nginx\n([\s\S]*?)```/.exec(readFileSync(readme, 'utf8'));
  if (!block) throw new Error(`${readme} has no \`\`\`nginx block: the hosting recipe is missing`);
  return block[1];
}

/** The Content-Security-Policy the build wrote into dist/index.html's <meta> tag. */
function builtPolicy(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!policy) throw new Error(`${dist}/index.html carries no Content-Security-Policy`);
  return policy[1];
}

/**
 * The recipe with the build's script hashes pasted where it says 'sha256-…', as the README
 * tells people to. Refuses a recipe whose policy has drifted from the build's, since a stale
 * policy in the README would break Hearth for whoever copies it.
 */
export function recipeForBuild(dist, readme = 'README.md') {
  const built = builtPolicy(dist);
  const hashes = built.match(/'sha256-[^']+'/g) ?? [];
  const text = recipe(readme).replace("'sha256-…'", hashes.join(' '));
  const policy = /add_header Content-Security-Policy "([^"]+)"/.exec(text)?.[1];
  const expected = `${built}; frame-ancestors 'none'`;
  if (policy !== expected) {
    throw new Error(
      `The README's hosting recipe sends a different Content-Security-Policy from the build's.\n` +
        `  README: ${policy}\n  build:  ${expected}\nUpdate the recipe's add_header line (keeping 'sha256-…' for the hashes).`,
    );
  }
  return text;
}

/** The headers the recipe adds to every response (all but Cache-Control, which depends on the file). */
export function recipeHeaders(dist, readme = 'README.md') {
  const headers = {};
  for (const [, name, value] of recipeForBuild(dist, readme).matchAll(/^\s*add_header\s+(\S+)\s+"([^"]*)"/gm)) {
    headers[name] = value;
  }
  return headers;
}
