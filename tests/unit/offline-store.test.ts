/**
 * The pure half of reading without signal (src/browser/offline-store.ts, src/browser/offline-search.ts):
 * what a stored page is called, which files it needs, how a copy is marked, what makes room.
 * The Cache Storage half runs in Chromium in tests/browser/offline.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  assetPaths,
  importedPaths,
  markStoredCopy,
  overLimit,
  pageTitle,
  referencedAssets,
  type StoredPage,
} from '../../src/browser/offline-store';
import { pageText } from '../../src/browser/offline-search';

const page = (path: string, storedAt: string, bytes = 50_000): StoredPage => ({
  path,
  title: path,
  storedAt,
  bytes,
  kind: 'opened',
});

describe('a stored page', () => {
  it('is named by its title without the site name', () => {
    expect(pageTitle('<title>Kartu Keluarga (KK) — MPP Ogan Ilir</title>')).toBe('Kartu Keluarga (KK)');
    expect(pageTitle('<title>Nikah &amp; cerai — MPP</title>')).toBe('Nikah & cerai');
    expect(pageTitle('<p>no title</p>')).toBe('');
  });

  it('keeps the stylesheets and scripts it names, and every picture size for later', () => {
    const html = `<link rel="stylesheet" href="/_astro/Head.66Sk.css"><script type="module" src="/_astro/Save.Mnju.js"></script>
      <img src="/_astro/cover.a1.webp" srcset="/_astro/cover.a1.webp 400w, /_astro/cover.b2.webp 800w">
      <a href="/layanan/ktp/">KTP</a><script type="module" src="/_astro/Save.Mnju.js"></script>`;
    expect(assetPaths(html)).toEqual(['/_astro/Head.66Sk.css', '/_astro/Save.Mnju.js']);
    expect(referencedAssets(html)).toEqual([
      '/_astro/Head.66Sk.css',
      '/_astro/Save.Mnju.js',
      '/_astro/cover.a1.webp',
      '/_astro/cover.b2.webp',
    ]);
  });

  it('follows the modules a bundled script imports at load, and on request those it loads on demand', () => {
    const script = 'import{t as e}from"./fill.Lr.js";import"./side.Q.js";const a=()=>import(`./search-engine.DN.js`);';
    expect(importedPaths(script, '/_astro/runner.Q.js')).toEqual([
      '/_astro/fill.Lr.js',
      '/_astro/side.Q.js',
      '/_astro/search-engine.DN.js',
    ]);
    expect(importedPaths(script, '/_astro/runner.Q.js', false)).toEqual(['/_astro/fill.Lr.js', '/_astro/side.Q.js']);
    expect(importedPaths('const url="/pagefind/pagefind.js";import(url)', '/_astro/e.js')).toEqual([]);
  });

  it('is marked with the date it was stored, which nothing in the page can forge into markup', () => {
    const marked = markStoredCopy('<!doctype html><html lang="id"><head>', '2026-11-30T08:15:00.000Z');
    expect(marked).toBe('<!doctype html><html data-stored-at="2026-11-30T08:15:00.000Z" lang="id"><head>');
    expect(markStoredCopy('<html>', '"><script>')).toBe('<html data-stored-at="">');
  });
});

describe('making room', () => {
  it('drops the oldest pages beyond the count', () => {
    const pages = Array.from({ length: LIMITS.opened.count + 2 }, (_, i) =>
      page(`/p${i}/`, `2026-11-${String(1 + i).padStart(2, '0')}T00:00:00Z`),
    );
    expect(overLimit(pages, LIMITS.opened).map((p) => p.path)).toEqual(['/p1/', '/p0/']);
  });

  it('drops the oldest pages beyond the bytes, even under the count', () => {
    const pages = [
      page('/new/', '2026-11-30', 3_000_000),
      page('/mid/', '2026-11-20', 900_000),
      page('/old/', '2026-11-10', 200_000),
    ];
    expect(overLimit(pages, { count: 10, bytes: 4_000_000 }).map((p) => p.path)).toEqual(['/old/']);
    expect(overLimit(pages, { count: 10, bytes: 5_000_000 })).toEqual([]);
  });
});

describe('search without signal', () => {
  it('reads the main content only, without markup or scripts', () => {
    const html =
      '<header>Menu Berita</header><main id="isi"><h1>Akta Kelahiran</h1><script>var x="berita"</script><p>Bawa&nbsp;KK</p></main>';
    expect(pageText(html)).toBe(' akta kelahiran bawa kk ');
  });
});
