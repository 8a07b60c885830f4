// Local editing: the site in development mode and decap-server, both on 127.0.0.1 only, so the
// CMS at http://127.0.0.1:4321/admin/ saves straight into content/ on this machine and nobody
// else on the network can reach either server. Ctrl+C stops both. Usage: npm run cms
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const root = process.cwd();
const host = '127.0.0.1';
const cmsPort = process.env.CMS_PORT ?? '8081';
const sitePort = process.env.PORT ?? '4321';

const children = [
  spawn(process.execPath, [resolve(root, 'node_modules/decap-server/dist/index.js')], {
    stdio: 'inherit',
    // decap-server reads BIND_HOST; without it, it would listen on every interface.
    env: { ...process.env, BIND_HOST: host, PORT: cmsPort, MODE: 'fs', GIT_REPO_DIRECTORY: root },
  }),
  spawn(
    process.execPath,
    [resolve(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', host, '--port', sitePort],
    {
      stdio: 'inherit',
      env: { ...process.env, CMS_LOCAL_BACKEND_URL: `http://${host}:${cmsPort}/api/v1` },
    },
  ),
];

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

console.log(`\nKelola konten: http://${host}:${sitePort}/admin/ (tekan Ctrl+C untuk berhenti)\n`);
