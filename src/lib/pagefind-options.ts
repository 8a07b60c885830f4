/**
 * Pagefind options shared by the search interface and the relevance test, so the test judges
 * exactly what residents get. Ranking values are tuned only against the tuning half of
 * tests/search-queries.ts.
 */
export const SEARCH_OPTIONS = {
  // Search in the page, not in Pagefind's Web Worker: the worker is a second copy of Pagefind's
  // code (12 KB gzip and one more request on the first search) to keep a few milliseconds of
  // index decoding off the main thread; on a slow connection the bytes cost more.
  noWorker: true,
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
