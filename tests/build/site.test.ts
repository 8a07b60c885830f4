/**
 * Assertions on the built sample site: every content entry has its page, service pages carry
 * the six Standar Pelayanan components, references resolve to real pages, drafts are absent.
 */
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { fileFor, htmlPages, loadPage } from '../../scripts/lib/dist-pages';
import { projectRoot } from '../build-site';
import { contentIds, entryData, isDraft } from '../content-entries';

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
  ['pages', '/'],
];

describe('routes', () => {
  it.each(collections)('every published %s entry has a page', (collection, prefix) => {
    const ids = contentIds(projectRoot, collection);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const draft = isDraft(projectRoot, collection, id);
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
  const idOf = (path: string) => path.split('/')[2];
  interface ServiceFile {
    requirements: unknown[];
    steps: string[];
    product: string;
    fee: { status: string };
    legalBasis: string[];
    verified: boolean;
    /** As text: js-yaml 5 leaves dates alone. */
    lastReviewed: string;
  }
  const serviceFile = (path: string) => entryData<ServiceFile>(projectRoot, 'services', idOf(path));

  it('each shows the six published components of its file, legal basis and review date', () => {
    expect(servicePages().length).toBe(
      contentIds(projectRoot, 'services').filter((id) => !isDraft(projectRoot, 'services', id)).length,
    );
    for (const path of servicePages()) {
      const doc = loadPage(dist, path);
      const file = serviceFile(path);
      const text = (selector: string) => doc.querySelector(selector)?.textContent?.trim() ?? '';
      expect(doc.querySelectorAll('[data-requirements] li').length, `${path} requirements`).toBe(
        file.requirements.length,
      );
      expect(doc.querySelectorAll('[data-steps] li').length, `${path} steps`).toBe(file.steps.length);
      expect(text('[data-duration]'), `${path} duration`).not.toBe('');
      expect(doc.querySelector('[data-key-facts] [data-fee]')?.getAttribute('data-fee'), `${path} fee`).toBe(
        file.fee.status,
      );
      expect(text('[data-product]'), `${path} product`).toBe(file.product);
      expect(text('[data-complaints]'), `${path} complaints`).not.toBe('');
      expect(doc.querySelectorAll('[data-legal-basis] li').length, `${path} legal basis`).toBe(file.legalBasis.length);
      expect(doc.querySelector('[data-last-reviewed] time')?.getAttribute('datetime'), `${path} review date`).toBe(
        file.lastReviewed,
      );
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

  it('claims an agency check exactly on guides whose file says verified: true', () => {
    // The sample may have no verified guide; tests/build/second-mpp.test.ts has one.
    for (const path of servicePages()) {
      const doc = loadPage(dist, path);
      const { verified } = serviceFile(path);
      expect(doc.querySelector('[data-unverified]') !== null, `${path} notice`).toBe(!verified);
      const line = doc.querySelector('[data-last-reviewed]');
      expect(line?.getAttribute('data-review'), path).toBe(verified ? 'verified' : 'unverified');
      expect(line?.textContent, path).toMatch(verified ? /^Diperiksa oleh / : /^Disusun dari sumber resmi, belum/);
    }
  });
});

describe('journeys', () => {
  it("link every step, in the file's order, to its service page, which exists", () => {
    for (const path of pages.filter((p) => /^\/peristiwa\/[^/]+\/$/.test(p))) {
      const { steps } = entryData<{ steps: { service: string }[] }>(projectRoot, 'journeys', path.split('/')[2]);
      const links = [...loadPage(dist, path).querySelectorAll('[data-journey-steps] h2 a')].map((a) =>
        a.getAttribute('href'),
      );
      expect(links, path).toEqual(steps.map((step) => `/layanan/${step.service}/`));
      for (const link of links) expect(existsSync(fileFor(dist, link ?? '')), path).toBe(true);
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
