/**
 * Talks to the Pagefind index: loads it on first use (never on page load), runs a query with
 * the shared options and returns plain result records for rendering. A query that finds too
 * little is relaxed (src/lib/search-query.ts); a question about the MPP itself gets its direct
 * answer, and a search that finds nothing gets the help from /cari/bantuan.json.
 */
import { PAGEFIND_URL } from '../lib/search-options';
import { SEARCH_OPTIONS } from '../lib/pagefind-options';
import {
  ENOUGH_RESULTS,
  answerTopic,
  mergeByWords,
  normaliseQuery,
  pageNamedBeyondTopic,
  promoteExactAliases,
  subjectWords,
} from '../lib/search-query';
import type { AnswerCard, SearchHelp } from '../lib/search-help';
import { paths } from '../lib/routes';

export interface SearchHit {
  url: string;
  title: string;
  excerpt: string;
  type?: string;
  agency?: string;
  counter?: string;
  fee?: string;
  duration?: string;
  /** Status notices in force about the page's service or agency (SearchMeta.astro). */
  status?: string;
  /** The page's search words, comma-separated (see SearchMeta.astro). */
  aliases?: string;
}

/** What one search found, and what to say about it. */
export interface SearchOutcome {
  hits: SearchHit[];
  total: number;
  /** The notice for a relaxed search ("Menampilkan hasil untuk: …"), when it was relaxed. */
  notice?: string;
  /** The direct answer to a question about the MPP itself. */
  answer?: AnswerCard;
  /** Where to go instead, when nothing matched at all. */
  help?: SearchHelp['noResults'];
  /** No signal: the hits come from the pages stored on this device, not from the index. */
  offline?: boolean;
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options: (options: object) => Promise<void>;
  init: () => Promise<void>;
  destroy: () => Promise<void>;
  search: (query: string | null, options?: object) => Promise<{ results: PagefindResult[] } | null>;
}

let engine: Promise<Pagefind> | undefined;
let help: Promise<SearchHelp | undefined> | undefined;

/**
 * The Pagefind module with its WASM and page list, fetched when someone first goes to search
 * (the search box gets focus), so that on a slow network the downloads overlap the typing.
 */
export function loadEngine(): Promise<Pagefind> {
  engine ??= (async () => {
    const module = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await module.options(SEARCH_OPTIONS);
    await module.init();
    return module;
  })();
  // A failed download (no signal) is tried again by the next search.
  engine.catch(() => (engine = undefined));
  return engine;
}

let pages: Promise<number> | undefined;

/** How many pages the index holds: an empty query with no filter lists them all. */
function countPages(pagefind: Pagefind): Promise<number> {
  pages ??= pagefind.search(null).then((response) => response?.results.length ?? 0);
  return pages;
}

/**
 * Answers and no-result help, fetched the first time a search needs them. Without them (no
 * network) the results still show, only without the answer or the notice; the next search tries
 * again.
 */
function loadHelp(): Promise<SearchHelp | undefined> {
  help ??= fetch(paths.searchHelp())
    .then((response) => (response.ok ? (response.json() as Promise<SearchHelp>) : undefined))
    .catch(() => undefined)
    .then((loaded) => {
      if (!loaded) help = undefined;
      return loaded;
    });
  return help;
}

/**
 * The top `limit` hits for a query, optionally narrowed by filters ({ type: ['Layanan'] }).
 * Without signal, the index files this query needs may be missing: the pages stored on this
 * device are searched instead, and the outcome says so.
 */
export async function search(
  query: string,
  limit: number,
  filters: Record<string, string[]> = {},
): Promise<SearchOutcome> {
  try {
    return await searchIndex(query, limit, filters);
  } catch (error) {
    // Pagefind keeps a failed start; the next search starts it afresh.
    await engine?.then((pagefind) => pagefind.destroy()).catch(() => undefined);
    engine = undefined;
    const { searchStoredPages } = await import('./offline-search');
    const hits = await searchStoredPages(normaliseQuery(query), limit).catch(() => undefined);
    if (!hits) throw error;
    return { hits, total: hits.length, offline: true };
  }
}

async function searchIndex(query: string, limit: number, filters: Record<string, string[]>): Promise<SearchOutcome> {
  const pagefind = await loadEngine();
  const normalised = normaliseQuery(query);
  const topic = answerTopic(normalised);
  const run = async (text: string) => (await pagefind.search(text, { filters }))?.results ?? [];

  const whole = await run(normalised);
  let results = whole;
  let notice: string | undefined;
  const words = subjectWords(normalised);
  if (whole.length < ENOUGH_RESULTS && (words.length > 1 || words[0] !== normalised)) {
    // Too little for every word at once: look for the words that say what the query is about,
    // one by one, and rank pages by how many of them they hold.
    const [perWord, pageCount] = await Promise.all([Promise.all(words.map(run)), countPages(pagefind)]);
    results = mergeByWords(whole, perWord, pageCount);
    const strings = results.length > whole.length ? await loadHelp() : undefined;
    if (strings) {
      const found = words.filter((_, i) => perWord[i].length).join(', ');
      notice = (whole.length ? strings.partial : strings.relaxed)
        .replace('{words}', found)
        .replace('{count}', String(whole.length));
    }
  }

  const extra = topic || !results.length ? await loadHelp() : undefined;
  const records = await Promise.all(results.slice(0, limit).map((result) => result.data()));
  const loaded = records.map(({ url, excerpt, meta }) => ({
    url,
    excerpt,
    title: meta.title ?? url,
    type: meta.type,
    agency: meta.agency,
    counter: meta.counter,
    fee: meta.fee,
    duration: meta.duration,
    status: meta.status,
    aliases: meta.aliases,
  }));
  let hits = promoteExactAliases(loaded, normalised);
  const named = topic
    ? pageNamedBeyondTopic(
        hits.map((hit) => hit.title),
        normalised,
        topic,
      )
    : -1;
  if (named >= 0) hits = [hits[named], ...hits.filter((_, i) => i !== named)];
  return {
    hits,
    total: results.length,
    notice,
    answer: topic && named < 0 ? extra?.answers[topic] : undefined,
    help: results.length ? undefined : extra?.noResults,
  };
}
