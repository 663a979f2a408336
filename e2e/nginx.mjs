// Serves dist/ with nginx running the README's hosting recipe itself (through e2e/recipe.mjs),
// on 127.0.0.1, for the with-headers end-to-end tests. Only the address and the folder change,
// and the build's script hashes are pasted in as the README says. `make host-tools` installs
// nginx and its brotli_static module. Usage: node e2e/nginx.mjs <dist> <port>
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { recipeForBuild } from './recipe.mjs';

const [dist = 'dist', port = '4174'] = process.argv.slice(2);
const brotli = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
for (const needed of ['/usr/sbin/nginx', brotli, '/etc/nginx/mime.types']) {
  if (!existsSync(needed)) throw new Error(`nginx.mjs: ${needed} is missing; run make host-tools`);
}

const swap = (text, from, to) => {
  if (!from.test(text)) throw new Error(`nginx.mjs: the README's recipe no longer has ${from}; update this script`);
  return text.replace(from, to);
};
let site = recipeForBuild(dist);
site = swap(site, /listen 443 ssl;/, `listen 127.0.0.1:${port};`);
site = swap(site, /root \/srv\/hearth\/dist;/, `root ${resolve(dist)};`);

// Everything nginx writes stays in one folder of the project's; one process, in the foreground.
const folder = resolve(`target/nginx-${port}`);
rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
symlinkSync('/etc/nginx/mime.types', `${folder}/mime.types`);
const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${folder};`).join(' ');
writeFileSync(
  `${folder}/nginx.conf`,
  `load_module ${brotli};
daemon off;
master_process off;
pid ${folder}/nginx.pid;
error_log stderr warn;
events {}
http {
access_log off;
${temp}
${site}
}
`,
);

const nginx = spawn('/usr/sbin/nginx', ['-p', folder, '-e', 'stderr', '-c', `${folder}/nginx.conf`], { stdio: 'inherit' });
nginx.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => nginx.kill('SIGQUIT'));
console.log(`nginx (the README's recipe) serving ${resolve(dist)} at http://127.0.0.1:${port}/`);
