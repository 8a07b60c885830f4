// Builds the site into a fresh temporary folder and moves it into dist/ only when the whole
// build succeeded, so bad content can never leave a half-built site where a deploy would pick
// it up. Stopping it (Ctrl+C, SIGTERM from a scheduler) stops Astro too and removes the
// staging folder. Usage: node scripts/build.mjs (npm run build).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { dropStaleContentStore } from './lib/content-store.mjs';

const root = process.cwd();
const dist = resolve(root, 'dist');
const staging = resolve(root, '.tmp', `dist-${process.pid}`);
mkdirSync(join(root, '.tmp'), { recursive: true });
rmSync(staging, { recursive: true, force: true });

dropStaleContentStore(root);
const astro = resolve(root, 'node_modules/astro/bin/astro.mjs');
const child = spawn(process.execPath, [astro, 'build', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_OUT_DIR: staging },
});

let stoppedBy;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(signal, () => {
    stoppedBy = signal;
    child.kill(signal);
  });

const status = await new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));

if (stoppedBy) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild stopped (${stoppedBy}): dist/ was left untouched.`);
  process.exit(128 + { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[stoppedBy]);
}

if (status !== 0 || !existsSync(join(staging, 'index.html'))) {
  rmSync(staging, { recursive: true, force: true });
  const { diagnose } = await import('./diagnose-content.mjs');
  const problems = diagnose(root);
  if (problems.length) console.error(`\nMasalah konten yang ditemukan:\n- ${problems.join('\n- ')}`);
  console.error('\nBuild failed: dist/ was left untouched. Fix the content error named above and build again.');
  process.exit(status || 1);
}

const previous = `${dist}.previous`;
rmSync(previous, { recursive: true, force: true });
if (existsSync(dist)) renameSync(dist, previous);
renameSync(staging, dist);
rmSync(previous, { recursive: true, force: true });
if (process.env.NETLIFY === 'true') {
  // Netlify reads _headers without Cloudflare's detach lines (see deploy/static-host-headers.mjs).
  const { forNetlify } = await import('../deploy/static-host-headers.mjs');
  const file = join(dist, '_headers');
  writeFileSync(file, forNetlify(readFileSync(file, 'utf8')));
}
console.log(`Site ready in ${dist}`);
