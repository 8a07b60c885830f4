/**
 * Does search answer what residents actually type? Each query of tests/search-queries.ts is
 * typed into the real search page of the built site, in Chromium, and the answer on screen is
 * read: the direct answer's links and the first three results. A query is answered when one of
 * its expected pages is there, and answered first when the first link on screen is one. Figures are printed per group and per half (the held-out half
 * is never tuned to), beside plain Pagefind on the same index (every word must match, no
 * relaxing, no spelling variants) to show what the site's own search adds.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEARCH_OPTIONS } from '../../src/lib/pagefind-options';
import { openChromium } from '../chromium';
import { AS_THE_HOST, serveDist, type StaticServer } from '../../scripts/lib/static-server';
import { ALL_QUERIES, MPP_QUERIES, SENTENCE_QUERIES, SERVICE_QUERIES, type SearchQuery } from '../search-queries';

interface Answer {
  /** The direct answer's links, then the first three results. */
  top: string[];
  /** Nothing at all on screen: no result, no answer, no help. */
  blank: boolean;
  first: string | undefined;
}

let browser: Browser;
let server: StaticServer;
let page: Page;
const answers = new Map<string, Answer>();
const plain = new Map<string, string[]>();

/**
 * Puts each query in the box of /cari/ and submits the form, as pressing Enter does, then reads
 * what the page shows. One loop inside the page: no round trip to the test per query.
 */
async function askSite(queries: string[]) {
  const shown = await page.evaluate(async (queries) => {
    const form = document.querySelector<HTMLFormElement>('search-page form')!;
    const input = document.querySelector<HTMLInputElement>('#search-page-input')!;
    const results = document.querySelector<HTMLElement>('search-page [data-results]')!;
    // Links to other sites (SP4N-LAPOR!) keep their whole address.
    const path = (a: HTMLAnchorElement) => (a.origin === location.origin ? a.pathname : a.href);
    const out: Answer[] = [];
    for (const query of queries) {
      input.value = query;
      form.requestSubmit();
      const started = performance.now();
      while (results.dataset.query !== query) {
        if (performance.now() - started > 10_000) throw new Error(`no results drawn for "${query}"`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const card = [...results.querySelectorAll<HTMLAnchorElement>('.search-answer a')].map(path);
      const hits = [...results.querySelectorAll<HTMLAnchorElement>('.search-results .search-title')].map(path);
      const help = results.querySelectorAll('.search-help a').length;
      out.push({
        top: [...card, ...hits.slice(0, 3)],
        first: card[0] ?? hits[0],
        blank: !card.length && !hits.length && !help,
      });
    }
    return out;
  }, queries);
  queries.forEach((query, i) => answers.set(query, shown[i]));
}

/** The same queries through bare Pagefind: lower case, every word required. */
async function askPagefind(queries: string[]) {
  const tops = await page.evaluate(
    async ({ queries, options }) => {
      const pagefind = (window as unknown as { pagefind: PagefindApi }).pagefind;
      await pagefind.options(options);
      const out: string[][] = [];
      for (const query of queries) {
        const response = await pagefind.search(query);
        const data = await Promise.all(response.results.slice(0, 3).map((r) => r.data()));
        out.push(data.map((d) => d.url));
      }
      return out;
    },
    { queries: queries.map((q) => q.toLowerCase()), options: SEARCH_OPTIONS },
  );
  queries.forEach((query, i) => plain.set(query, tops[i]));
}

interface PagefindApi {
  options: (options: object) => Promise<void>;
  search: (query: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
}

beforeAll(async () => {
  server = await serveDist(inject('distDir'), {}, AS_THE_HOST);
  browser = await openChromium();
  // The comparison injects an inline module to reach Pagefind, which the site's CSP rightly blocks.
  page = await browser.newPage({ bypassCSP: true });
  await page.goto(`${server.origin}/cari/`);
  const queries = ALL_QUERIES.map((q) => q.query);
  await askSite(queries);
  await page.addScriptTag({
    type: 'module',
    content: "import * as pagefind from '/pagefind/pagefind.js'; window.pagefind = pagefind;",
  });
  await page.waitForFunction(() => 'pagefind' in window);
  await askPagefind(queries);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const answered = (q: SearchQuery) => answers.get(q.query)!.top.some((url) => q.expected.includes(url));
const answeredFirst = (q: SearchQuery) => q.expected.includes(answers.get(q.query)!.first ?? '');
const plainAnswered = (q: SearchQuery) => plain.get(q.query)!.some((url) => q.expected.includes(url));

/** "34/38 (89.5%)": how many of `queries` pass `test`. */
function share(queries: SearchQuery[], test: (q: SearchQuery) => boolean): { text: string; ratio: number } {
  const passed = queries.filter(test).length;
  const ratio = queries.length ? passed / queries.length : 1;
  return { text: `${passed}/${queries.length} (${(ratio * 100).toFixed(1)}%)`, ratio };
}

const GROUPS = { 'service names': SERVICE_QUERIES, 'chat sentences': SENTENCE_QUERIES, 'about the MPP': MPP_QUERIES };

describe('search relevance', () => {
  it('has at least 150 queries: 50 chat sentences and 20 about the MPP, each split in two halves', () => {
    expect(ALL_QUERIES.length).toBeGreaterThanOrEqual(150);
    expect(SENTENCE_QUERIES.length).toBeGreaterThanOrEqual(50);
    expect(MPP_QUERIES.length).toBeGreaterThanOrEqual(20);
    for (const group of Object.values(GROUPS)) {
      expect(group.some((q) => q.half === 'tune')).toBe(true);
      expect(group.some((q) => q.half === 'held-out')).toBe(true);
    }
  });

  it('prints the figures per group and half, beside plain Pagefind', () => {
    const rows: string[] = [];
    for (const [name, group] of Object.entries(GROUPS))
      for (const half of ['tune', 'held-out'] as const) {
        const queries = group.filter((q) => q.half === half);
        rows.push(
          `${`${name}, ${half}`.padEnd(26)} answered in top 3: ${share(queries, answered).text.padEnd(12)} first: ${share(queries, answeredFirst).text.padEnd(12)} plain Pagefind top 3: ${share(queries, plainAnswered).text}`,
        );
      }
    console.log(`search relevance\n${rows.join('\n')}`);
    expect(rows).toHaveLength(6);
  });

  it('never leaves the page blank: every query shows results, a direct answer or help', () => {
    expect(ALL_QUERIES.filter((q) => answers.get(q.query)!.blank).map((q) => q.query)).toEqual([]);
  });

  it('answers every query of both halves in the top 3', () => {
    const misses = ALL_QUERIES.filter((q) => !answered(q));
    expect(misses.map((q) => `${q.query} (${q.half}) → ${answers.get(q.query)!.top.join(', ') || 'nothing'}`)).toEqual(
      [],
    );
  });

  it('answers at least 90% of the tuning half first', () => {
    const tuned = ALL_QUERIES.filter((q) => q.half === 'tune');
    console.log(`first, tuning half: ${share(tuned, answeredFirst).text}`);
    expect(share(tuned, answeredFirst).ratio).toBeGreaterThanOrEqual(0.9);
  });

  it('answers at least 90% of the held-out half first, and more in the top 3 than plain Pagefind', () => {
    // The held-out half is never tuned to: a held-out miss is a finding to report, not a reason
    // to fit the ranking to it. A query that led to a change moves to the tuning half, saying so.
    const held = ALL_QUERIES.filter((q) => q.half === 'held-out');
    console.log(`first, held-out half: ${share(held, answeredFirst).text}`);
    expect(share(held, answeredFirst).ratio).toBeGreaterThanOrEqual(0.9);
    expect(share(held, answered).ratio).toBeGreaterThan(share(held, plainAnswered).ratio);
  });
});
