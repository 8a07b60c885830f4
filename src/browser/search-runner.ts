/**
 * Runs a search for what a search box holds and shows the results: the one code path behind
 * the header dialog and the search page. Small on purpose, since it ships with every page; the
 * engine and the renderer load only when someone actually searches.
 */
import { PAGEFIND_URL, SEARCH_DEBOUNCE_MS } from '../lib/search-options';
import { fill } from '../i18n/fill';
import type { Strings } from '../i18n/id';

/**
 * Interface strings of the results, read from the results element's `data-strings`. Without
 * `unavailable`, a search that cannot load leaves the results empty.
 */
export interface SearchStrings {
  none: string;
  count: Strings['search']['count'];
  unavailable?: string;
  /** Said when the results come from the pages stored on the device (no signal). */
  offline?: string;
  /** The link under each guide that adds it to the visit plan. */
  addToPlan?: string;
}

/** Queries shorter than this show nothing: one letter matches nearly every page. */
const MIN_QUERY_LENGTH = 2;

const loadModules = () => Promise.all([import('./search-engine'), import('./search-render')]);

/** Searches from one input into one results element (`data-results`, with `data-strings`). */
export class SearchRunner {
  readonly #input: HTMLInputElement;
  readonly #results: HTMLElement;
  readonly #limit: number;
  readonly #strings: SearchStrings;
  #timer: number | undefined;
  #latest = 0;

  constructor(input: HTMLInputElement, results: HTMLElement, limit: number) {
    this.#input = input;
    this.#results = results;
    this.#limit = limit;
    this.#strings = JSON.parse(results.dataset.strings ?? '{}') as SearchStrings;
  }

  /**
   * Searches now, narrowed by `filters` ({ type: ['Layanan'] }). Results of a run are drawn only
   * if the query is still what the input holds and no later run has started, so a slow answer
   * never replaces a newer one.
   */
  async run(filters: Record<string, string[]> = {}): Promise<void> {
    window.clearTimeout(this.#timer);
    const run = ++this.#latest;
    const query = this.#input.value.trim();
    const current = () => run === this.#latest && this.#input.value.trim() === query;
    if (query.length < MIN_QUERY_LENGTH) {
      this.#results.replaceChildren();
      return;
    }
    try {
      const [{ search }, { renderResults }] = await loadModules();
      const outcome = await search(query, this.#limit, filters);
      if (!current()) return;
      const { count, offline } = this.#strings;
      if (outcome.offline) outcome.notice = offline;
      renderResults(this.#results, outcome, {
        ...this.#strings,
        count: (shown, all) => fill(count, { shown, total: all }),
      });
      // Says which query the results on screen answer (scripts and tests wait for it).
      this.#results.dataset.query = query;
    } catch {
      if (current()) this.#results.textContent = this.#strings.unavailable ?? '';
    }
  }

  /** Runs `task` (by default a plain search) once the resident pauses typing. */
  soon(task: () => Promise<void> = () => this.run()): void {
    window.clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => void task(), SEARCH_DEBOUNCE_MS);
  }

  /**
   * Fetches the index code as soon as the resident goes to search (focus), so results can follow
   * the last keypress without waiting for downloads.
   */
  warmUp(): void {
    // Pagefind's code is fetched beside the engine, not after it: one round trip less, which
    // on a slow network is seconds. The engine then finds it loaded.
    void import(/* @vite-ignore */ PAGEFIND_URL).catch(() => undefined);
    void import('./search-engine').then(({ loadEngine }) => loadEngine()).catch(() => undefined);
  }
}
