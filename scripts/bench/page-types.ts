/**
 * Page weight per page type of a built site, with `pageWeight()` from page-weight.ts (the
 * same measure the budget test enforces). For each type the heaviest page is reported, since
 * the budget holds for every page; on a large site a fixed sample of each type is checked.
 */
import { htmlPages } from '../lib/dist-pages';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { paths } from '../../src/lib/routes';
import { BUDGETS, budgetedBytes, jsBudget, overBudget, pageWeight, type PageWeight } from '../lib/page-weight';

export interface TypeWeight {
  type: string;
  /** Pages of this type in the site, and how many of them were measured. */
  pages: number;
  checked: number;
  overBudget: number;
  heaviest: PageWeight;
}

/** The page types residents meet most, then the list pages that grow with the content. */
const PAGE_TYPES: { type: string; match: (path: string) => boolean }[] = [
  { type: 'home', match: (path) => path === '/' },
  { type: 'service', match: (path) => /^\/layanan\/[^/]+\/$/.test(path) },
  { type: 'agency', match: (path) => /^\/instansi\/[^/]+\/$/.test(path) },
  { type: 'news item', match: (path) => /^\/berita\/(?!halaman\/|tag\/)[^/]+\/$/.test(path) },
  { type: 'booth', match: (path) => /^\/umkm\/(?!kategori\/)[^/]+\/$/.test(path) },
  { type: 'campaign', match: (path) => /^\/kampanye\/[^/]+\/$/.test(path) },
  { type: 'search page', match: (path) => path === '/cari/' },
  { type: 'visit planner', match: (path) => path === '/rencana/' },
  { type: 'service list', match: (path) => path === '/layanan/' || path.startsWith('/layanan/halaman/') },
  { type: 'service category', match: (path) => path.startsWith('/layanan/kategori/') },
  { type: 'agency services', match: (path) => /^\/instansi\/[^/]+\/layanan\//.test(path) },
  { type: 'agency list', match: (path) => path === '/instansi/' },
  { type: 'news list page', match: (path) => path === '/berita/' || path.startsWith('/berita/halaman/') },
  { type: 'news tag page', match: (path) => path.startsWith('/berita/tag/') },
  { type: 'booth list', match: (path) => /^\/umkm\/((kategori|status)\/.*)?$/.test(path) },
];

/** At most this many pages per type are weighed: enough to find the heavy ones, fast at 5,000 pages. */
const SAMPLE_PER_TYPE = 150;

const total = budgetedBytes;

/** An evenly spread, deterministic selection of at most `count` items. */
function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]);
}

export interface SiteWeights {
  types: TypeWeight[];
  /** Distinct stylesheets across every page weighed: 1 when the CSS is shared (and cached). */
  stylesheets: number;
  /** What the visit planner fetches once a plan is shown (gzip bytes): its data and its QR encoder. */
  planner?: { catalog: number; qr: number };
}

/** Gzip bytes of a built file, or undefined when the site has none. */
function gzipBytes(dist: string, path: string): number | undefined {
  const file = join(dist, path);
  return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : undefined;
}

export function weighPageTypes(dist: string): SiteWeights {
  const pages = htmlPages(dist);
  const stylesheets = new Set<string>();
  const types = PAGE_TYPES.flatMap(({ type, match }) => {
    const ofType = pages.filter(match).sort();
    if (!ofType.length) return [];
    const weights = spread(ofType, SAMPLE_PER_TYPE).map((path) => pageWeight(dist, path));
    for (const weight of weights)
      weight.files.filter((file) => file.endsWith('.css')).forEach((file) => stylesheets.add(file));
    const heaviest = weights.reduce((a, b) => (total(b) > total(a) ? b : a));
    return [
      {
        type,
        pages: ofType.length,
        checked: weights.length,
        overBudget: weights.filter((weight) => overBudget(weight).length > 0).length,
        heaviest,
      },
    ];
  });
  const catalog = gzipBytes(dist, paths.planCatalog());
  const qr = gzipBytes(dist, paths.planQr());
  return { types, stylesheets: stylesheets.size, ...(catalog && qr ? { planner: { catalog, qr } } : {}) };
}

export { BUDGETS, jsBudget, total as weightTotal };
