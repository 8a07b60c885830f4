// The local CMS server of `npm run cms`: decap-server's file-system API, run in this process
// behind a guard. decap-server alone trusts any http://localhost:* origin, ignores the Host
// header and can read and write any file of the project; a page on another local port, or any
// program on this machine, could then rewrite `scripts/` or `public/`. The guard lets through
// only requests that
//   - name this server in the Host header (a DNS-rebinding page sends its own host name),
//   - come from the admin's own origin (another local site sends its origin, curl sends none),
//   - carry this run's secret in the URL path (the admin page receives the URL with the secret;
//     other pages cannot read the admin page),
//   - use one of the API's known actions, with every path inside `content/`.
// Everything else is refused before decap-server sees it, so nothing is written.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { posix } from 'node:path';

const require = createRequire(import.meta.url);
// decap-server's own Express, so the guard and the API share one app and one JSON parser.
const express = createRequire(require.resolve('decap-server'))('express');
const { registerLocalFs, registerLocalGit } = require('decap-server/dist/middlewares');

/** The only folder the CMS may read or write (uploads live in content/uploads). */
const CONTENT = 'content/';
const ACTIONS = new Set([
  'info',
  'entriesByFolder',
  'entriesByFiles',
  'getEntry',
  'persistEntry',
  'getMedia',
  'getMediaFile',
  'persistMedia',
  'deleteFile',
  'deleteFiles',
  'getDeployPreview',
]);
/** The draft → review → ready workflow's actions, answered only by the Git mode. */
const WORKFLOW_ACTIONS = [
  'unpublishedEntries',
  'unpublishedEntry',
  'unpublishedEntryDataFile',
  'unpublishedEntryMediaFile',
  'deleteUnpublishedEntry',
  'updateUnpublishedEntryStatus',
  'publishUnpublishedEntry',
];
/** Keys whose values name files or folders, wherever they appear in a request. */
const PATH_KEYS = new Set(['path', 'newPath', 'paths', 'folder', 'mediaFolder']);

/** A path the CMS may touch: relative, inside content/, no way back out. */
export function isContentPath(value) {
  if (typeof value !== 'string' || value.includes('\0')) return false;
  const normal = posix.normalize(value.replace(/\\/g, '/'));
  return !posix.isAbsolute(normal) && normal.startsWith(CONTENT) && !normal.split('/').includes('..');
}

/** Every path-like value in a request body that lies outside content/. */
export function pathsOutsideContent(body) {
  const bad = [];
  const walk = (value, key) => {
    if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    else if (PATH_KEYS.has(key) && !isContentPath(value)) bad.push(String(value));
  };
  walk(body, '');
  return bad;
}

/**
 * Starts the guarded server on `host:port` for the project at `root`. `adminOrigins` are the
 * origins the admin page is served from. With `mode: 'git'`, `root` must be a Git repository:
 * every save is a commit on its current branch, or with the editorial workflow a branch
 * `cms/<collection>/<entry>` that publishing merges (decap-server checks these branches out in
 * `root` while it works). Resolves to the API address the admin must use (with the secret) and
 * a `close()`.
 */
export async function startCmsServer({
  root,
  host = '127.0.0.1',
  port,
  adminOrigins,
  secret = newSecret(),
  mode = 'fs',
}) {
  const actions = mode === 'git' ? new Set([...ACTIONS, ...WORKFLOW_ACTIONS]) : ACTIONS;
  // decap-server resolves every path against this folder.
  process.env.GIT_REPO_DIRECTORY = root;
  const hosts = new Set([`${host}:${port}`, `localhost:${port}`, `127.0.0.1:${port}`]);
  const apiPath = `/${secret}/api/v1`;
  const app = express();
  const refuse = (res, status, why) => res.status(status).json({ error: `Ditolak: ${why}` });

  app.use((req, res, next) => {
    if (!hosts.has(req.headers.host ?? '')) return refuse(res, 421, 'alamat server tidak dikenal');
    if (!adminOrigins.includes(req.headers.origin ?? '')) return refuse(res, 403, 'hanya halaman admin yang boleh');
    if (req.path !== apiPath) return refuse(res, 404, 'alamat API tidak dikenal');
    req.url = '/api/v1';
    next();
  });
  app.use(express.json({ limit: '50mb' }));
  app.use((req, res, next) => {
    if (req.method !== 'POST') return next();
    const action = req.body?.action;
    if (!actions.has(action)) return refuse(res, 400, `tindakan "${action}" tidak dikenal`);
    const outside = pathsOutsideContent(req.body);
    if (outside.length > 0) return refuse(res, 403, `hanya berkas di ${CONTENT} (bukan ${outside.join(', ')})`);
    next();
  });
  const register = mode === 'git' ? registerLocalGit : registerLocalFs;
  await register(app, { logLevel: process.env.CMS_LOG_LEVEL ?? 'warn' });

  const server = await new Promise((resolve, reject) => {
    const listening = app.listen(port, host, () => resolve(listening));
    listening.on('error', reject);
  });
  return {
    url: `http://${host}:${port}${apiPath}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** A fresh secret per run: unguessable, URL-safe. */
export function newSecret() {
  return randomBytes(24).toString('base64url');
}
