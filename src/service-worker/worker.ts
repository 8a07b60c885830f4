/// <reference lib="webworker" />
/**
 * The service worker (`/sw.js`, bundled by src/integrations/service-worker.ts). Small on
 * purpose, with no framework:
 * - pages: network first; when the network fails, or gives no answer within
 *   NETWORK_TIMEOUT_MS and a stored copy exists, the stored copy, marked with its date (the page
 *   says how old it is and reloads itself once the network answers); with no copy at all, the
 *   list of saved pages (/tersimpan/), which says the page is not stored;
 * - every page opened is kept (src/browser/offline-store.ts decides how many and how much);
 * - files under /_astro/ are named by their content: cache first; so is /offline.js, fetched
 *   with this worker and replaced with it;
 * - search files: the index files are named by their content (cache first), the others go to
 *   the network first, so a search the resident has made still works without signal.
 * /admin/ is never touched: its requests go to the network as if there were no worker.
 */
import {
  CACHES,
  assetPaths,
  dropAssetsExcept,
  isSaved,
  keepAssets,
  listPages,
  pageKey,
  storePage,
  storedCopy,
} from '../browser/offline-store';
import { paths } from '../lib/routes';

declare const self: ServiceWorkerGlobalScope;
/** This build's fingerprint, written in by the bundler: a new build, a new worker. */
declare const BUILD_VERSION: string;

const NETWORK_TIMEOUT_MS = 4000;
const SHELL = CACHES.shell(BUILD_VERSION);
const SEARCH = CACHES.search(BUILD_VERSION);
/** Pages not worth keeping: the list of stored pages itself, and search results. */
const NOT_KEPT = [paths.saved(), paths.search()];
/** Search files whose names carry their content's hash. */
const HASHED_SEARCH_FILE = /\.pf_(index|fragment|meta|filter)$/;

const timeout = (ms: number) => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms));
const isHtml = (response: Response) => response.headers.get('content-type')?.startsWith('text/html') ?? false;
const kept = (url: URL) => !NOT_KEPT.some((path) => url.pathname.startsWith(path));

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL);
      const [shell, script] = await Promise.all(
        [paths.saved(), paths.offlineScript()].map((path) => fetch(path, { cache: 'no-cache' })),
      );
      if (!shell.ok || !script.ok)
        throw new Error(`${paths.saved()}: ${shell.status}, ${paths.offlineScript()}: ${script.status}`);
      await keepAssets(assetPaths(await shell.clone().text()));
      await cache.put(paths.saved(), shell);
      await cache.put(paths.offlineScript(), script);
      await self.skipWaiting();
    })(),
  );
});

const CURRENT = new Set<string>([CACHES.saved, CACHES.opened, CACHES.assets, SHELL, SEARCH]);

/** Drops the caches of earlier builds; run when this worker takes over. */
async function dropOldCaches(): Promise<void> {
  for (const name of await caches.keys()) if (name.startsWith('mpp-') && !CURRENT.has(name)) await caches.delete(name);
}

/**
 * The same, again with each page served while this worker is the current one and no newer one
 * is being installed: a previous worker still finishing a request when this one took over may
 * have opened its cache again.
 */
async function dropStragglers(): Promise<void> {
  const { installing, waiting } = self.registration;
  if (!installing && !waiting && self.serviceWorker.state === 'activated') await dropOldCaches();
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await dropOldCaches();
      await self.clients.claim();
      await keepOpenWindows();
      await dropUnusedAssets();
    })(),
  );
});

/** Pages already open when the worker starts (the very first visit) are kept too. */
async function keepOpenWindows(): Promise<void> {
  for (const client of await self.clients.matchAll({ type: 'window' })) {
    const url = new URL(client.url);
    if (url.origin !== self.location.origin || !kept(url) || url.pathname.startsWith('/admin/')) continue;
    if (await storedCopy(pageKey(url))) continue;
    const response = await fetch(url.pathname + url.search).catch(() => undefined);
    if (response?.ok && isHtml(response)) await keep(url, response);
  }
}

/** After a new build: assets that neither the shell nor any stored page uses are dropped. */
async function dropUnusedAssets(): Promise<void> {
  const shell = await (await caches.open(SHELL)).match(paths.saved());
  const copies = await Promise.all((await listPages()).map(async (page) => (await storedCopy(page.path))?.text()));
  await dropAssetsExcept([(await shell?.text()) ?? '', ...copies.map((html) => html ?? '')]);
}

async function keep(url: URL, response: Response): Promise<void> {
  const path = pageKey(url);
  await storePage((await isSaved(path)) ? 'saved' : 'opened', path, response).catch(() => undefined);
}

async function page(event: FetchEvent, url: URL): Promise<Response> {
  event.waitUntil(dropStragglers());
  const network = fetch(event.request).then((response) => {
    if (response.ok && isHtml(response) && kept(url)) event.waitUntil(keep(url, response.clone()));
    return response;
  });
  // Keeps the worker alive until the network answers, so a late answer still refreshes the copy.
  event.waitUntil(network.catch(() => undefined));
  const copy = await storedCopy(pageKey(url));
  const fromNetwork = network.catch(() => undefined);
  const answer = copy ? await Promise.race([fromNetwork, timeout(NETWORK_TIMEOUT_MS)]) : await fromNetwork;
  if (answer) return answer;
  if (copy) return copy;
  const shell = await (await caches.open(SHELL)).match(paths.saved());
  return shell ?? Response.error();
}

async function cacheFirst(request: Request, cacheName: string): Promise<Response> {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request: Request, cacheName: string): Promise<Response> {
  const cache = await caches.open(cacheName);
  const network = fetch(request).then(async (response) => {
    if (response.ok) await cache.put(request, response.clone());
    return response;
  });
  const answer = await Promise.race([network.catch(() => undefined), timeout(NETWORK_TIMEOUT_MS)]);
  if (answer) return answer;
  return (await cache.match(request, { ignoreSearch: true })) ?? network;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/admin/')) return;
  if (request.mode === 'navigate') event.respondWith(page(event, url));
  else if (url.pathname === paths.offlineScript()) event.respondWith(cacheFirst(request, SHELL));
  else if (url.pathname.startsWith('/_astro/')) event.respondWith(cacheFirst(request, CACHES.assets));
  else if (url.pathname.startsWith('/pagefind/') || url.pathname === paths.searchHelp())
    event.respondWith(
      HASHED_SEARCH_FILE.test(url.pathname) ? cacheFirst(request, SEARCH) : networkFirst(request, SEARCH),
    );
});
