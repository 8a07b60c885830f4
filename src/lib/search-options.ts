/**
 * Search settings the interface shares: where Pagefind is, how long to wait for typing, how many
 * results to show. Small, since the search runner ships with every page; Pagefind's own options
 * are in pagefind-options.ts, which only the engine loads.
 */
/** Pagefind's code, written by the build (src/integrations/pagefind.ts). */
export const PAGEFIND_URL = '/pagefind/pagefind.js';

/** How long to wait after the last keypress before searching. */
export const SEARCH_DEBOUNCE_MS = 120;

/** Results shown in the header dialog; the full page shows more. */
export const DIALOG_RESULT_COUNT = 6;
export const PAGE_RESULT_COUNT = 20;
