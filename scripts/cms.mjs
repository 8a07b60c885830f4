// Local editing: the site in development mode and the local CMS server, both on 127.0.0.1 only,
// so the CMS at http://127.0.0.1:4321/admin/ saves straight into content/ on this machine and
// nobody else on the network can reach either server. The CMS server answers only the admin page
// of this run, and only about files in content/ (see cms-server.mjs). Ctrl+C stops both.
// Usage: npm run cms
//
// With `npm run cms -- --git` every save is a Git commit instead, and the admin has the editorial
// workflow (Draf → Ditinjau → Siap → Terbitkan) as on GitHub or GitLab: a draft is a branch
// cms/<collection>/<entry>, publishing merges it into the current branch. decap-server checks
// those branches out in this folder while it works and commits everything it finds, so it starts
// only on a clean working tree.
import { execFileSync, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startCmsServer } from './cms-server.mjs';
import { dropStaleContentStore } from './lib/content-store.mjs';

const root = process.cwd();
const host = '127.0.0.1';
const cmsPort = process.env.CMS_PORT ?? '8081';
const sitePort = process.env.PORT ?? '4321';
const mode = process.argv.includes('--git') ? 'git' : 'fs';

if (mode === 'git') {
  let changes;
  try {
    changes = execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
  } catch {
    console.error('Mode Git memerlukan folder proyek yang berupa repositori Git (dengan perintah git terpasang).');
    process.exit(1);
  }
  if (changes.trim()) {
    console.error(
      `Mode Git hanya bisa dimulai bila semua perubahan sudah di-commit. Belum:\n${changes}` +
        'Jalankan "git commit" atau "git stash" dulu, lalu ulangi "npm run cms -- --git".',
    );
    process.exit(1);
  }
}

const cms = await startCmsServer({
  root,
  host,
  port: Number(cmsPort),
  adminOrigins: [`http://${host}:${sitePort}`, `http://localhost:${sitePort}`],
  mode,
});

dropStaleContentStore(root);
const children = [
  spawn(
    process.execPath,
    [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', host, '--port', sitePort],
    // The admin page embeds this address, secret included; see cms-server.mjs.
    { stdio: 'inherit', env: { ...process.env, CMS_LOCAL_BACKEND_URL: cms.url } },
  ),
];

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  void cms.close();
  process.exitCode = code;
}

for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

console.log(`\nKelola konten: http://${host}:${sitePort}/admin/ (tekan Ctrl+C untuk berhenti)\n`);
