/**
 * What search does with a query before and after Pagefind: tidy what residents type, and when
 * the whole query finds too little, relax it and merge the answers. Pure, so the rules are
 * unit-tested; src/browser/search-engine.ts runs them against the index.
 */
import { ANSWER_TRIGGERS, type AnswerTopic, FILLER_WORDS, SPELLING_VARIANTS } from '../i18n/search-words';

/**
 * Tidies what residents type: case, punctuation, letters held down ("tolonggg"), hyphens in
 * words such as "e-ktp" or "kartu-keluarga" (which Pagefind would otherwise treat as two
 * unrelated words), abbreviations spelt letter by letter ("s t n k", "k.k.") and the
 * spellings in SPELLING_VARIANTS.
 */
export function normaliseQuery(query: string): string {
  return query
    .toLocaleLowerCase('id')
    .replace(/(\p{L})-(?=\p{L})/gu, '$1')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .replace(/(?<!\S)\p{L}(?:\s+\p{L}(?!\S))+/gu, (letters) => letters.replace(/\s+/g, ''))
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => SPELLING_VARIANTS[word] ?? word)
    .join(' ');
}

/**
 * The words of a normalised query that say what it is about: without filler words, each once.
 * A query made only of filler words ("mpp") keeps them all.
 */
export function subjectWords(normalised: string): string[] {
  const words = [...new Set(normalised.split(' ').filter(Boolean))];
  const subject = words.filter((word) => !FILLER_WORDS.has(word));
  return subject.length ? subject : words;
}

/** A result as this module needs it: its address and Pagefind's score. */
export interface Scored {
  id: string;
  score: number;
}

/**
 * One ranked list from the results of searching each word alone, for a query whose words are
 * not all on one page. Each word adds to a page's rank its match strength on that page
 * (Pagefind's score, relative to the word's best page) times how rare the word is across the
 * `pageCount` pages of the site, so "kia" counts for more than "tahun" and a page holding more
 * of the rare words ranks higher. Rarity is damped (square root of the usual logarithm) so that
 * one rare word off the subject, such as a place name, does not outweigh two on it. Pages found by the whole query (`first`) keep their place on top.
 */
export function mergeByWords<T extends Scored>(first: T[], perWord: T[][], pageCount: number): T[] {
  const seen = new Set(first.map((result) => result.id));
  const ranked = new Map<string, { result: T; rank: number }>();
  for (const results of perWord) {
    if (!results.length) continue;
    const best = Math.max(...results.map((result) => result.score)) || 1;
    const rarity = Math.sqrt(Math.log(1 + Math.max(pageCount, results.length) / results.length));
    for (const result of results) {
      if (seen.has(result.id)) continue;
      const entry = ranked.get(result.id) ?? { result, rank: 0 };
      entry.rank += (result.score / best) * rarity;
      ranked.set(result.id, entry);
    }
  }
  const rest = [...ranked.values()].sort((a, b) => b.rank - a.rank).map((entry) => entry.result);
  return [...first, ...rest];
}

/** Fewer hits than this for the whole query, and search also tries the words one by one. */
export const ENOUGH_RESULTS = 3;

/**
 * The question about the MPP itself that a normalised query asks, if any: the first topic
 * one of whose word sets is wholly in the query.
 */
export function answerTopic(normalised: string): AnswerTopic | undefined {
  const words = new Set(normalised.split(' '));
  return (Object.keys(ANSWER_TRIGGERS) as AnswerTopic[]).find((topic) =>
    ANSWER_TRIGGERS[topic].some((set) => set.every((word) => words.has(word))),
  );
}

/**
 * Puts first the results that list the whole query among their search words ("e-ktp" is a word
 * of the new KTP-el guide, not of the lost-KTP one): an editor's word for exactly what was
 * typed outranks pages that only mention it. Otherwise the order stays as Pagefind ranked it.
 */
export function promoteExactAliases<T extends { aliases?: string }>(hits: T[], normalised: string): T[] {
  const exact = (hit: T) => (hit.aliases ?? '').split(', ').some((alias) => normaliseQuery(alias) === normalised);
  return [...hits.filter(exact), ...hits.filter((hit) => !exact(hit))];
}

/**
 * Where a question about the MPP names a page more exactly than the direct answer does: the
 * index of the first hit whose whole title the query holds, with a word beyond the topic's
 * trigger words ("rekap pengaduan" is the title of the complaints report, not a question about
 * how to complain), or -1. That page then comes first, in place of the answer card.
 */
export function pageNamedBeyondTopic(titles: string[], normalised: string, topic: AnswerTopic): number {
  const triggers = new Set(ANSWER_TRIGGERS[topic].flat());
  const asked = new Set(normalised.split(' '));
  return titles.findIndex((title) => {
    const words = subjectWords(normaliseQuery(title));
    return words.every((word) => asked.has(word)) && words.some((word) => !triggers.has(word));
  });
}
