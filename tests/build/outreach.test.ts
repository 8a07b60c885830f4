/**
 * Outreach on the built site: the RSS feed parses and lists every published news item, the
 * sitemap covers every public page and never /admin/, campaigns and booths follow their
 * date windows for a fixed build date, and the announcement shows until it expires.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from 'linkedom';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../build-site';
import { contentIds, entryData, isDraft } from '../content-entries';
import { fileFor, htmlPages, loadPage } from '../../scripts/lib/dist-pages';

let dist: string;
beforeAll(() => {
  dist = inject('distDir');
});

const xml = (file: string) => new DOMParser().parseFromString(readFileSync(join(dist, file), 'utf8'), 'text/xml');
const drafts = (collection: string) =>
  contentIds(projectRoot, collection).filter((id) => isDraft(projectRoot, collection, id));

describe('RSS feed', () => {
  it('is valid RSS 2.0 with every published news item, newest first, each linking to its page', () => {
    const feed = xml('berita/rss.xml');
    expect(feed.querySelector('rss')?.getAttribute('version')).toBe('2.0');
    expect(feed.querySelector('channel > language')?.textContent).toBe('id');
    const items = [...feed.querySelectorAll('item')];
    const published = contentIds(projectRoot, 'news').filter((id) => !drafts('news').includes(id));
    expect(items.length).toBe(published.length);
    const dates = items.map((item) => new Date(item.querySelector('pubDate')?.textContent ?? '').getTime());
    expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    for (const item of items) {
      const link = new URL(item.querySelector('link')?.textContent ?? '');
      expect(existsSync(fileFor(dist, link.pathname)), link.pathname).toBe(true);
      expect(item.querySelector('description')?.textContent?.length).toBeGreaterThan(20);
      expect(item.querySelector('title')?.textContent).toBe(
        loadPage(dist, link.pathname).querySelector('h1')?.textContent,
      );
    }
  });
});

describe('sitemap and robots.txt', () => {
  it('lists every public page and nothing from /admin/, drafts or the 404', () => {
    const index = xml('sitemap-index.xml');
    const locs = [...index.querySelectorAll('sitemap > loc')].flatMap((loc) => {
      const file = new URL(loc.textContent ?? '').pathname;
      return [...xml(file).querySelectorAll('url > loc')].map((u) => new URL(u.textContent ?? '').pathname);
    });
    const publicPages = htmlPages(dist).filter(
      (p) =>
        !p.startsWith('/admin/') && p !== '/404.html' && loadPage(dist, p).querySelector('meta[name=robots]') === null,
    );
    expect(locs.filter((p) => !publicPages.includes(p))).toEqual([]);
    expect(publicPages.filter((p) => !locs.includes(p))).toEqual([]);
    expect(locs.some((p) => p.startsWith('/admin/'))).toBe(false);
    for (const id of drafts('news')) expect(locs).not.toContain(`/berita/${id}/`);
  });
  it('robots.txt keeps crawlers out of /admin/ and points to the sitemap', () => {
    const robots = readFileSync(join(dist, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Disallow: \/admin\/$/m);
    expect(robots).toMatch(/^Sitemap: https:\/\/.+\/sitemap-index\.xml$/m);
  });
});

describe('floor plan', () => {
  const plan = load(readFileSync(join(projectRoot, 'content/settings/floorplan.yml'), 'utf8')) as {
    areas: { id: string; kind: string }[];
  };
  it.each(['/kunjungan/', '/umkm/'])(
    '%s draws every area of the plan, counters and booths as labelled links',
    (path) => {
      const doc = loadPage(dist, path);
      const svg = doc.querySelector('[data-floorplan-svg]');
      expect(svg?.getAttribute('aria-labelledby')).toBe('denah-judul');
      for (const area of plan.areas) {
        const drawn = svg?.querySelector(`[data-area="${area.id}"]`);
        expect(drawn, area.id).not.toBeNull();
        expect(drawn?.getAttribute('aria-label')?.length, area.id).toBeGreaterThan(3);
        expect(
          doc.querySelector(`[data-floorplan-list] [data-area="${area.id}"]`),
          `${area.id} in the text list`,
        ).not.toBeNull();
        if (area.kind === 'counter' || area.kind === 'booth') {
          expect(drawn?.tagName.toLowerCase(), area.id).toBe('a');
          expect(existsSync(fileFor(dist, drawn?.getAttribute('href') ?? '')), area.id).toBe(true);
        }
      }
    },
  );
  it('every booth page marks its own slot, and only that, on the plan', () => {
    const booths = contentIds(projectRoot, 'booths').filter((id) => !isDraft(projectRoot, 'booths', id));
    expect(booths.length).toBeGreaterThan(1);
    for (const id of booths) {
      const marked = [
        ...loadPage(dist, `/umkm/${id}/`).querySelectorAll('[data-floorplan-svg] [aria-current="location"]'),
      ];
      expect(
        marked.map((area) => area.getAttribute('data-area')),
        id,
      ).toEqual([entryData<{ slot: string }>(projectRoot, 'booths', id).slot]);
    }
  });
});

describe('date windows decided at build', () => {
  // The sample has one past, one current and one future campaign for the test build date,
  // 28 November 2026; which campaigns get a page on other days is unit-tested in
  // tests/unit/date-windows.test.ts, an expired announcement in tests/build/second-mpp.test.ts.
  it('on the test build date: the current campaign is running, the past one archived, the future one hidden', () => {
    const index = loadPage(dist, '/kampanye/');
    expect(
      index.querySelector('#berjalan')?.parentElement?.querySelector('[data-campaign="dokumen-kependudukan-gratis"]'),
    ).not.toBeNull();
    expect(
      index.querySelector('#arsip')?.parentElement?.querySelector('[data-campaign="sosialisasi-uji-coba-mpp"]'),
    ).not.toBeNull();
    expect(index.querySelector('[data-campaign="daftar-nib-usaha-mikro"]')).toBeNull();
    for (const id of ['dokumen-kependudukan-gratis', 'sosialisasi-uji-coba-mpp'])
      expect(existsSync(fileFor(dist, `/kampanye/${id}/`)), id).toBe(true);
    expect(existsSync(fileFor(dist, '/kampanye/daftar-nib-usaha-mikro/'))).toBe(false);
    expect(loadPage(dist, '/').querySelector('#kampanye')?.textContent).toContain('Urus dokumen kependudukan gratis');
  });

  it('on the test build date: booth status follows the rotation schedule', () => {
    const booths = loadPage(dist, '/umkm/');
    const status = (code: string) => booths.querySelector(`[data-booth="${code}"]`)?.getAttribute('data-status');
    expect(status('G-01')).toBe('aktif');
    expect(status('G-04')).toBe('akan-datang');
    expect(status('G-06')).toBe('selesai');
  });

  it('the announcement shows on every public page until its expiry date', () => {
    // The sample announcement runs until 31 December 2026.
    const pages = htmlPages(dist).filter((p) => !p.startsWith('/admin/') && !p.endsWith('/poster/'));
    for (const path of pages)
      expect(loadPage(dist, path).querySelector('site-announcement aside')?.textContent, path).toContain(
        'tidak dipungut biaya',
      );
  });
});
