/**
 * Search without signal, when the index files a query needs were never fetched: looks through
 * the pages stored on this device (src/browser/offline-store.ts) instead. Pages holding more of the
 * query's words come first, a word in the title counting more than one in the text.
 */
import { storedHtml } from './offline-store';
import { subjectWords } from '../lib/search-query';
import type { SearchHit } from './search-engine';

/** The words of a page's main content, lower-cased, without markup or scripts. */
export function pageText(html: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? html;
  return main
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** The page's description (escaped as in the page), shown as the result's excerpt. */
const description = (html: string) => /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';

export async function searchStoredPages(normalisedQuery: string, limit: number): Promise<SearchHit[]> {
  const words = subjectWords(normalisedQuery).map((word) => word.toLowerCase());
  const scored = (await storedHtml()).map(({ page, html }) => {
    const title = page.title.toLowerCase();
    const text = pageText(html);
    const found = words.filter((word) => title.includes(word) || text.includes(word));
    const inTitle = words.filter((word) => title.includes(word)).length;
    return { page, html, rank: found.length * 2 + inTitle };
  });
  return scored
    .filter((entry) => entry.rank > 0)
    .sort((a, b) => b.rank - a.rank)
    .slice(0, limit)
    .map(({ page, html }) => ({ url: page.path, title: page.title || page.path, excerpt: description(html) }));
}
