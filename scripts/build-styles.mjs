// Compiles styles/hearth.scss (govuk-frontend plus Hearth's own styles) with npm's sass.
// Trunk runs this before each build; the output is picked up by index.html.
import { compile } from 'sass';
import { mkdirSync, writeFileSync } from 'node:fs';

const out = 'target/styles/hearth.css';
const result = compile('styles/hearth.scss', {
  loadPaths: ['node_modules/govuk-frontend/dist'],
  style: 'compressed',
  quietDeps: true,
});
mkdirSync('target/styles', { recursive: true });
writeFileSync(out, result.css);
console.log(`styles: ${out}, ${result.css.length} bytes`);
