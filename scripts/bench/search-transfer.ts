/**
 * What search costs a resident, measured in Debian's Chromium against the built site: bytes a
 * page loads when nobody searches (should be none for search), bytes and time for a first
 * query typed into the header box (Pagefind's code, its WASM, index chunks and result
 * fragments) and for a second, different query, and the index size on disk.
 *
 * The test server sends files as they are, so "raw" bytes are what it transferred; "gzip"
 * is what a server compressing text would send: JS and JSON gzipped, Pagefind's index,
 * fragment and WASM files counted as they are because Pagefind already stores them gzipped.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import { serveDist } from '../lib/static-server';

export interface QueryTransfer {
  query: string;
  requests: number;
  rawBytes: number;
  gzipBytes: number;
  /** From the last keypress to the first result on screen, debounce included. */
  msToResults: number;
  results: number;
  /** Bytes by kind of file, e.g. { "pagefind JS/WASM": 61234, fragments: 4012 }. */
  byKind: Record<string, number>;
}

export interface SearchTransfer {
  page: string;
  pageLoadRawBytes: number;
  /** Search code or index fetched by a page load without typing: should be zero. */
  searchBytesWithoutSearching: number;
  first: QueryTransfer;
  second: QueryTransfer;
  indexBytesOnDisk: number;
  indexFiles: number;
}

interface Fetched {
  url: string;
  raw: number;
  gzip: number;
}

/** Pagefind's own binary formats, stored gzip-compressed on disk. */
const PRECOMPRESSED = /\.(pf_fragment|pf_index|pf_meta|pf_filter|pagefind)$/;
const SEARCH_URL = /\/pagefind\/|search-(engine|render)/;
const RESULT = 'dialog[open] .search-results li';

function kindOf(url: string): string {
  const path = new URL(url).pathname;
  if (path.endsWith('.pf_fragment')) return 'fragments';
  if (path.endsWith('.pf_index')) return 'index chunks';
  if (path.endsWith('.pf_meta') || path.endsWith('.pf_filter') || path.endsWith('.json')) return 'meta/filters';
  if (path.startsWith('/pagefind/')) return 'pagefind JS/WASM';
  return 'site JS';
}

/** Every response body a page receives, with its size raw and as a gzip server would send it. */
function recordResponses(page: Page) {
  const fetched: Fetched[] = [];
  const pending = new Set<Promise<void>>();
  let lastActivity = performance.now();
  const onFinished = (request: Request) => {
    const done = (async () => {
      const response = await request.response();
      const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
      const url = request.url();
      fetched.push({ url, raw: body.length, gzip: PRECOMPRESSED.test(url) ? body.length : gzipSync(body).length });
    })();
    pending.add(done);
    void done.finally(() => {
      pending.delete(done);
      lastActivity = performance.now();
    });
  };
  page.on('request', () => (lastActivity = performance.now()));
  page.on('requestfinished', onFinished);
  page.on('requestfailed', () => (lastActivity = performance.now()));
  /** Resolves once nothing has been requested or received for `quietMs`. */
  const settle = async (quietMs = 500) => {
    while (pending.size > 0 || performance.now() - lastActivity < quietMs) {
      await Promise.all(pending);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { fetched, settle };
}

/** Types a query into the header box and waits for its results; the page measures the time. */
async function runQuery(page: Page, query: string, fetched: Fetched[], settle: () => Promise<void>) {
  const start = fetched.length;
  await page.evaluate(() => {
    document.querySelector('site-search [data-results]')?.replaceChildren();
    const state = { lastKey: 0, results: 0 };
    (window as unknown as { benchSearch: typeof state }).benchSearch = state;
    document.addEventListener('keydown', () => (state.lastKey = performance.now()), true);
    new MutationObserver(() => {
      if (!state.results && document.querySelector('dialog[open] .search-results li'))
        state.results = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.focus('#header-search');
  await page.keyboard.type(query, { delay: 50 });
  await page.waitForSelector(RESULT, { timeout: 30_000 });
  await settle();
  const timing = await page.evaluate(
    () => (window as unknown as { benchSearch: { lastKey: number; results: number } }).benchSearch,
  );
  const files = fetched.slice(start);
  const byKind: Record<string, number> = {};
  for (const file of files) byKind[kindOf(file.url)] = (byKind[kindOf(file.url)] ?? 0) + file.raw;
  const result: QueryTransfer = {
    query,
    requests: files.length,
    rawBytes: files.reduce((sum, file) => sum + file.raw, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzip, 0),
    msToResults: timing.results - timing.lastKey,
    results: await page.locator(RESULT).count(),
    byKind,
  };
  // Close the dialog as a resident would; focus returns to the header box.
  await page.keyboard.press('Escape');
  return result;
}

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Measures search on `pagePath` of the built site in `dist`, with two different queries. */
export async function measureSearch(
  dist: string,
  pagePath: string,
  queries: [string, string],
): Promise<SearchTransfer> {
  const server = await serveDist(dist);
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    const { fetched, settle } = recordResponses(page);
    await page.goto(server.origin + pagePath, { waitUntil: 'load' });
    // Give idle-time loaders every chance to fetch search code: none should.
    await settle(1000);
    const pageLoad = [...fetched];
    const first = await runQuery(page, queries[0], fetched, settle);
    const second = await runQuery(page, queries[1], fetched, settle);
    const index = folderSize(join(dist, 'pagefind'));
    return {
      page: pagePath,
      pageLoadRawBytes: pageLoad.reduce((sum, file) => sum + file.raw, 0),
      searchBytesWithoutSearching: pageLoad
        .filter((file) => SEARCH_URL.test(file.url))
        .reduce((sum, file) => sum + file.raw, 0),
      first,
      second,
      indexBytesOnDisk: index.bytes,
      indexFiles: index.files,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
