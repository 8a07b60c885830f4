/**
 * Talks to the Pagefind index: loads it on first use (never on page load), runs a query with
 * the shared options and returns plain result records for rendering.
 */
import { SEARCH_OPTIONS, normaliseQuery } from '../lib/search-options';

export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
  type?: string;
  agency?: string;
  counter?: string;
  fee?: string;
  duration?: string;
}

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (options: object) => Promise<void>;
  search: (query: string, options?: object) => Promise<{ results: PagefindResult[] } | null>;
}

let engine: Promise<Pagefind> | undefined;

/** The Pagefind module, fetched the first time someone searches. */
export function loadEngine(): Promise<Pagefind> {
  engine ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const module = (await import(/* @vite-ignore */ url)) as Pagefind;
    await module.options(SEARCH_OPTIONS);
    return module;
  })();
  return engine;
}

/** The top `limit` hits for a query, optionally narrowed by filters ({ type: ['Layanan'] }). */
export async function search(
  query: string,
  limit: number,
  filters: Record<string, string[]> = {},
): Promise<{ hits: SearchHit[]; total: number }> {
  const pagefind = await loadEngine();
  const response = await pagefind.search(normaliseQuery(query), { filters });
  if (!response) return { hits: [], total: 0 };
  const records = await Promise.all(response.results.slice(0, limit).map((result) => result.data()));
  const hits = records.map(({ url, excerpt, meta }) => ({
    url,
    excerpt,
    title: meta.title ?? url,
    type: meta.type,
    agency: meta.agency,
    counter: meta.counter,
    fee: meta.fee,
    duration: meta.duration,
  }));
  return { hits, total: response.results.length };
}
