/**
 * Pagefind options shared by the search interface and the relevance test, so the test judges
 * exactly what residents get. Ranking values are tuned only against tests/browser/search-relevance.
 */
export const SEARCH_OPTIONS = {
  ranking: {
    // Short service pages must not lose to long articles that mention a word many times.
    pageLength: 0.1,
    termFrequency: 0.3,
    termSimilarity: 1.0,
    termSaturation: 1.0,
    // The aliases field is our synonym list ("imb" for PBG, "bikin ktp"): a match there is
    // worth as much as a match in the title.
    metaWeights: { aliases: 10 },
  },
} as const;

/** How long to wait after the last keypress before searching. */
export const SEARCH_DEBOUNCE_MS = 120;

/** Results shown in the header dialog; the full page shows more. */
export const DIALOG_RESULT_COUNT = 6;
export const PAGE_RESULT_COUNT = 20;

/**
 * Tidies what residents type: case, extra spaces, and hyphens in words such as "e-ktp" or
 * "kartu-keluarga", which Pagefind would otherwise treat as two unrelated words.
 */
export function normaliseQuery(query: string): string {
  return query
    .toLocaleLowerCase('id')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
