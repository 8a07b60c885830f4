/**
 * Page-weight budgets on every public page of the built site: HTML + CSS + JS at most 30 KB
 * gzip (on the home page with its first-view images), at most 5 KB of JavaScript before the visitor interacts, no render-blocking script,
 * and one stylesheet shared by all pages (cached once). `npm run bench` prints the figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, inject, it } from 'vitest';
import { htmlPages } from '../../scripts/lib/dist-pages';
import { budgetedBytes, overBudget, pageWeight } from '../../scripts/lib/page-weight';

it('every public page is within the weight budgets', () => {
  const dist = inject('distDir');
  const pages = htmlPages(dist).filter((path) => !path.startsWith('/admin/'));
  const weights = pages.map((path) => pageWeight(dist, path));
  const heaviest = [...weights].sort((a, b) => budgetedBytes(b) - budgetedBytes(a))[0];
  console.log(
    `budgets: ${pages.length} pages; heaviest ${heaviest.path} ${(budgetedBytes(heaviest) / 1024).toFixed(1)} KB gzip (HTML ${(heaviest.html / 1024).toFixed(1)}, CSS ${(heaviest.css / 1024).toFixed(1)}, JS ${(heaviest.js / 1024).toFixed(1)})`,
  );
  expect(weights.flatMap(overBudget)).toEqual([]);
});

it('reading without signal adds at most 1 KB gzip to a page: its registration script and hidden note', () => {
  const dist = inject('distDir');
  const html = readFileSync(join(dist, 'layanan/ktp-el-baru/index.html'), 'utf8');
  const script = pageWeight(dist, '/layanan/ktp-el-baru/').files.find((file) => file.includes('/OfflineSupport.'));
  const note = /<p[^>]*data-stored-note[^>]*>\s*<\/p>/.exec(html)?.[0];
  expect(script).toBeDefined();
  expect(note).toBeDefined();
  const added = gzipSync(readFileSync(join(dist, script ?? '')), { level: 9 }).length + gzipSync(note ?? '').length;
  console.log(`offline registration: ${added} B gzip`);
  expect(added).toBeLessThanOrEqual(1024);
});

it('all public pages share one stylesheet', () => {
  const dist = inject('distDir');
  const stylesheets = new Set(
    htmlPages(dist)
      .filter((path) => !path.startsWith('/admin/'))
      .flatMap((path) => pageWeight(dist, path).files.filter((file) => file.endsWith('.css'))),
  );
  expect(stylesheets.size).toBe(1);
});

it('counts first-view images against the budget on the home page only', () => {
  const weight = {
    html: 8_000,
    css: 6_000,
    js: 3_000,
    images: 20_000,
    requests: 4,
    renderBlockingScripts: 0,
    files: [],
  };
  expect(overBudget({ ...weight, path: '/' })).toEqual([
    '/: HTML+CSS+JS+first-view images 36.1 KB gzip, 6.1 KB over the 30 KB budget',
  ]);
  expect(overBudget({ ...weight, path: '/berita/contoh/' })).toEqual([]);
});

it('reports an overrun with the page and the amount', () => {
  const problems = overBudget({
    path: '/contoh/',
    html: 20_000,
    css: 6_000,
    js: 9_000,
    images: 0,
    requests: 3,
    renderBlockingScripts: 1,
    files: [],
  });
  expect(problems).toEqual([
    '/contoh/: HTML+CSS+JS 34.2 KB gzip, 4.2 KB over the 30 KB budget',
    '/contoh/: 8.8 KB of JS before interaction, 3.8 KB over the 5 KB budget',
    '/contoh/: 1 render-blocking script(s); budget is none',
  ]);
});
