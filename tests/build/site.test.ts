/**
 * Assertions on the built sample site: every content entry has its page, service pages carry
 * the six Standar Pelayanan components, references resolve to real pages, drafts are absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { contentIds, fileFor, htmlPages, loadPage } from '../dist-pages';
import { projectRoot } from '../build-site';

let dist: string;
let pages: string[];
beforeAll(() => {
  dist = inject('distDir');
  pages = htmlPages(dist);
});

const collections: [string, string][] = [
  ['services', '/layanan/'],
  ['agencies', '/instansi/'],
  ['journeys', '/peristiwa/'],
  ['news', '/berita/'],
  ['booths', '/umkm/'],
];

describe('routes', () => {
  it.each(collections)('every published %s entry has a page', (collection, prefix) => {
    const ids = contentIds(projectRoot, collection);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const draft = loadDraftFlag(collection, id);
      expect(existsSync(fileFor(dist, `${prefix}${id}/`)), `${prefix}${id}/`).toBe(!draft);
    }
  });

  it('has the index pages, static pages, search page and a 404', () => {
    for (const path of [
      '/',
      '/layanan/',
      '/instansi/',
      '/peristiwa/',
      '/berita/',
      '/umkm/',
      '/kampanye/',
      '/cari/',
      '/tentang/',
      '/kunjungan/',
      '/maklumat-pelayanan/',
      '/pengaduan/',
      '/faq/',
      '/404.html',
    ]) {
      expect(pages, path).toContain(path);
    }
  });

  it('builds at least the sample size promised: 30 services, 12 agencies, 6 news, 8 booths', () => {
    expect(pages.filter((p) => /^\/layanan\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(30);
    expect(pages.filter((p) => /^\/instansi\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(12);
    expect(pages.filter((p) => /^\/berita\/(?!tag|halaman)[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(6);
    expect(pages.filter((p) => /^\/umkm\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(8);
  });
});

describe('service pages', () => {
  const servicePages = () => pages.filter((p) => /^\/layanan\/[^/]+\/$/.test(p));

  it('each shows the six published components, legal basis and last-reviewed date', () => {
    for (const path of servicePages()) {
      const doc = loadPage(dist, path);
      const text = (selector: string) => doc.querySelector(selector)?.textContent?.trim() ?? '';
      expect(doc.querySelectorAll('[data-requirements] li').length, `${path} requirements`).toBeGreaterThan(0);
      expect(doc.querySelectorAll('[data-steps] li').length, `${path} steps`).toBeGreaterThan(0);
      expect(text('[data-duration]'), `${path} duration`).not.toBe('');
      expect(doc.querySelector('[data-fee]'), `${path} fee`).not.toBeNull();
      expect(text('[data-product]'), `${path} product`).not.toBe('');
      expect(text('[data-complaints]'), `${path} complaints`).not.toBe('');
      expect(doc.querySelectorAll('[data-legal-basis] li').length, `${path} legal basis`).toBeGreaterThan(0);
      expect(text('[data-last-reviewed]'), `${path} last reviewed`).toMatch(/Terakhir diperiksa \d{1,2} \w+ \d{4}/);
    }
  });

  it('links each service to an agency page that exists', () => {
    for (const path of servicePages()) {
      const href = loadPage(dist, path).querySelector('[data-agency] a')?.getAttribute('href') ?? '';
      expect(href, path).toMatch(/^\/instansi\/[^/]+\/$/);
      expect(existsSync(fileFor(dist, href)), `${path} → ${href}`).toBe(true);
    }
  });

  it('states that adminduk documents are free with UU 24/2013 as the basis', () => {
    const doc = loadPage(dist, '/layanan/ktp-el-baru/');
    expect(doc.querySelector('[data-fee]')?.textContent).toBe('Gratis');
    expect(doc.querySelector('[data-fee-section]')?.textContent).toContain('UU 24/2013');
  });

  it('marks unverified sample guides as such on the page', () => {
    const unverified = servicePages().filter((p) => loadPage(dist, p).querySelector('[data-unverified]'));
    expect(unverified.length).toBeGreaterThan(0);
  });
});

describe('journeys', () => {
  it('link every step to a service page that exists', () => {
    for (const path of pages.filter((p) => /^\/peristiwa\/[^/]+\/$/.test(p))) {
      const links = [...loadPage(dist, path).querySelectorAll('[data-journey-steps] h2 a')];
      expect(links.length, path).toBeGreaterThan(1);
      for (const link of links) expect(existsSync(fileFor(dist, link.getAttribute('href') ?? '')), path).toBe(true);
    }
  });
});

describe('every page', () => {
  it('is in Indonesian and has a title, a description and a canonical URL', () => {
    for (const path of pages) {
      const doc = loadPage(dist, path);
      expect(doc.documentElement.getAttribute('lang'), path).toBe('id');
      expect(doc.querySelector('title')?.textContent, path).toBeTruthy();
      expect(doc.querySelector('meta[name=description]')?.getAttribute('content'), path).toBeTruthy();
      const noindex = doc.querySelector('meta[name=robots]')?.getAttribute('content') === 'noindex';
      // Pages kept out of search (404, print posters) need no canonical address of their own.
      if (!noindex) expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href'), path).toMatch(/^https:\/\//);
    }
  });
});

function loadDraftFlag(collection: string, id: string): boolean {
  const text = readFileSync(join(projectRoot, 'content', collection, `${id}.mdx`), 'utf8');
  return /^draft:\s*true\s*$/m.test(text.split('---')[1] ?? '');
}
