/**
 * Pages kept on the resident's phone for reading without signal, in the browser's Cache
 * Storage. One implementation for both sides: the service worker (src/service-worker/worker.ts)
 * keeps every page opened and serves the copies, and the page scripts (the save button, the
 * list at /tersimpan/, search without signal) save, list and remove them.
 *
 * A stored page is its HTML, with the date it was stored and its title in headers of the cached
 * response, plus the stylesheets and scripts it names (in the asset cache), so it renders as it
 * did. Pictures are kept only once the page has shown them.
 */

/** Cache names. Pages and assets outlive a new build; the shell and search caches do not. */
export const CACHES = {
  saved: 'mpp-pages-saved',
  opened: 'mpp-pages-opened',
  assets: 'mpp-assets',
  shell: (version: string) => `mpp-shell-${version}`,
  search: (version: string) => `mpp-search-${version}`,
} as const;

/** Pages the resident saved with the button, or that were simply opened. */
export type PageKind = 'saved' | 'opened';

/**
 * How much each kind may hold. Saved pages stop at the limit (the resident chooses what to
 * remove); opened pages make room by dropping the oldest. A guide is 40–90 KB of HTML.
 */
export const LIMITS: Record<PageKind, { count: number; bytes: number }> = {
  saved: { count: 30, bytes: 5_000_000 },
  opened: { count: 25, bytes: 4_000_000 },
};

const HEADER = { storedAt: 'x-mpp-stored-at', title: 'x-mpp-title', bytes: 'x-mpp-bytes' } as const;

export interface StoredPage {
  /** Path and query of the page, e.g. "/layanan/ktp-el-baru/". */
  path: string;
  title: string;
  /** ISO date and time the copy was stored. */
  storedAt: string;
  bytes: number;
  kind: PageKind;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

/** The page's title (its <title>, without the site name after the dash). */
export function pageTitle(html: string): string {
  const raw = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  const text = raw.replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ENTITIES[name]);
  return text.replace(/ — [^—]+$/, '').trim();
}

/** Every file under /_astro/ a page names: stylesheets, scripts, pictures in any size. */
export function referencedAssets(html: string): string[] {
  return [...new Set(html.match(/\/_astro\/[^"'\s,)?#]+\.\w+/g) ?? [])];
}

/** The stylesheets and scripts a page needs to render and work as it did. */
export function assetPaths(html: string): string[] {
  return referencedAssets(html).filter((path) => /\.(css|js)$/.test(path));
}

/**
 * Marks a stored copy so the page can say how old it is: the store date on the <html> element,
 * read by the page's own script (OfflineSupport.astro).
 */
export function markStoredCopy(html: string, storedAt: string): string {
  return html.replace(/<html\b/, `<html data-stored-at="${storedAt.replace(/[^\dTZ:.+-]/g, '')}"`);
}

/** Which pages to drop, oldest first, so that the rest fit `limit`. */
export function overLimit(pages: StoredPage[], limit: { count: number; bytes: number }): StoredPage[] {
  const newestFirst = [...pages].sort((a, b) => b.storedAt.localeCompare(a.storedAt));
  let bytes = 0;
  return newestFirst.filter((page, index) => {
    bytes += page.bytes;
    return index >= limit.count || bytes > limit.bytes;
  });
}

/** The cache key of a page: its path and query on this site, never its #fragment. */
export function pageKey(url: string | URL): string {
  const parsed = new URL(url, self.location.origin);
  return parsed.pathname + parsed.search;
}

const keyUrl = (path: string) => new URL(path, self.location.origin).href;

/**
 * The modules a bundled script imports at load (`from"./chunk.js"`) and, with `onDemand`, those
 * it imports when needed (`import("./chunk.js")`: the search code), as site paths.
 */
export function importedPaths(script: string, scriptPath: string, onDemand = true): string[] {
  const pattern = onDemand
    ? /\b(?:from|import)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g
    : /\b(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
  const found = [...script.matchAll(pattern)].map(
    (match) => new URL(match[1], new URL(scriptPath, 'https://x')).pathname,
  );
  return [...new Set(found)];
}

/**
 * Fetches whatever of `paths` the asset cache lacks (from the HTTP cache when it can), with the
 * modules each new script imports at load: a page's scripts must all load for it to work
 * offline. With `onDemand`, also the modules loaded on demand (the search code), so that a page
 * the resident chose to save can be searched without signal; pages kept automatically skip
 * them, to keep a first visit light.
 */
export async function keepAssets(paths: string[], onDemand = false): Promise<void> {
  const cache = await caches.open(CACHES.assets);
  const seen = new Set<string>();
  const keepOne = async (path: string): Promise<void> => {
    if (seen.has(path)) return;
    seen.add(path);
    let response = await cache.match(keyUrl(path));
    // A script already kept had its load-time imports kept with it: only a save, which also
    // wants the on-demand ones, reads it again. Keeps the work on each page served small.
    if (response && !onDemand) return;
    if (!response) {
      const fetched = await fetch(path);
      if (!fetched.ok) return;
      await cache.put(keyUrl(path), fetched.clone());
      response = fetched;
    }
    if (path.endsWith('.js')) await Promise.all(importedPaths(await response.text(), path, onDemand).map(keepOne));
  };
  await Promise.all(paths.map(keepOne));
}

/**
 * Drops the cached assets that none of the pages in `htmls` names or imports any more: after a
 * new build, the previous build's files go, while stored pages keep what they render with.
 */
export async function dropAssetsExcept(htmls: string[]): Promise<void> {
  const cache = await caches.open(CACHES.assets);
  const needed = new Set<string>();
  const need = async (path: string): Promise<void> => {
    if (needed.has(path)) return;
    needed.add(path);
    const cached = path.endsWith('.js') ? await cache.match(keyUrl(path)) : undefined;
    if (cached) await Promise.all(importedPaths(await cached.text(), path).map(need));
  };
  await Promise.all(htmls.flatMap(referencedAssets).map(need));
  for (const request of await cache.keys()) if (!needed.has(new URL(request.url).pathname)) await cache.delete(request);
}

async function pagesOf(kind: PageKind): Promise<StoredPage[]> {
  const cache = await caches.open(CACHES[kind]);
  const pages = await Promise.all(
    (await cache.keys()).map(async (request) => {
      const headers = (await cache.match(request))?.headers;
      return {
        path: pageKey(request.url),
        title: decodeURIComponent(headers?.get(HEADER.title) ?? ''),
        storedAt: headers?.get(HEADER.storedAt) ?? '',
        bytes: Number(headers?.get(HEADER.bytes) ?? 0),
        kind,
      };
    }),
  );
  return pages.sort((a, b) => b.storedAt.localeCompare(a.storedAt));
}

/** Every stored page, saved ones first, newest first within each kind. */
export async function listPages(): Promise<StoredPage[]> {
  const [saved, opened] = await Promise.all([pagesOf('saved'), pagesOf('opened')]);
  const savedPaths = new Set(saved.map((page) => page.path));
  return [...saved, ...opened.filter((page) => !savedPaths.has(page.path))];
}

/** Thrown by storePage when the saved pages are at their limit. */
export class StoreFullError extends Error {}

/**
 * Stores the HTML `response` of the page at `path` as `kind`, with the assets it names. Opened
 * pages make room by dropping the oldest; saved pages refuse with StoreFullError.
 */
export async function storePage(kind: PageKind, path: string, response: Response): Promise<StoredPage> {
  const html = await response.text();
  const page: StoredPage = {
    path,
    title: pageTitle(html),
    storedAt: new Date().toISOString(),
    bytes: html.length,
    kind,
  };
  const cache = await caches.open(CACHES[kind]);
  const others = (await pagesOf(kind)).filter((other) => other.path !== path);
  const dropped = overLimit([page, ...others], LIMITS[kind]);
  if (kind === 'saved' && dropped.length) throw new StoreFullError(`${LIMITS.saved.count}`);
  await keepAssets(assetPaths(html), kind === 'saved');
  await cache.put(
    keyUrl(path),
    new Response(html, {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        [HEADER.storedAt]: page.storedAt,
        [HEADER.title]: encodeURIComponent(page.title),
        [HEADER.bytes]: String(page.bytes),
      },
    }),
  );
  await Promise.all(dropped.map((old) => cache.delete(keyUrl(old.path))));
  return page;
}

/** The stored copy of a page (saved first), marked with its date; undefined when none. */
export async function storedCopy(path: string): Promise<Response | undefined> {
  for (const kind of ['saved', 'opened'] as const) {
    const cached = await (await caches.open(CACHES[kind])).match(keyUrl(path));
    if (!cached) continue;
    const storedAt = cached.headers.get(HEADER.storedAt) ?? '';
    return new Response(markStoredCopy(await cached.text(), storedAt), {
      headers: { 'content-type': 'text/html; charset=utf-8', [HEADER.storedAt]: storedAt },
    });
  }
  return undefined;
}

/** Saves the page at `path` for reading without signal (fetched fresh, with its assets). */
export async function savePage(path: string): Promise<StoredPage> {
  const response = await fetch(path, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return storePage('saved', path, response);
}

export async function isSaved(path: string): Promise<boolean> {
  return Boolean(await (await caches.open(CACHES.saved)).match(keyUrl(path)));
}

/** Removes a page from both kinds. */
export async function removePage(path: string): Promise<void> {
  await Promise.all(
    (['saved', 'opened'] as const).map(async (kind) => (await caches.open(CACHES[kind])).delete(keyUrl(path))),
  );
}

/** The HTML of every stored page, for search without signal. */
export async function storedHtml(): Promise<{ page: StoredPage; html: string }[]> {
  return Promise.all(
    (await listPages()).map(async (page) => {
      const cached = await (await caches.open(CACHES[page.kind])).match(keyUrl(page.path));
      return { page, html: (await cached?.text()) ?? '' };
    }),
  );
}
