/**
 * A site several times the sample's size, generated as `npm run bench` does: every page stays
 * within the weight budgets because long lists are split into pages, and those pages together
 * still list every service, news item and booth exactly once, with no broken link.
 */
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_FILES, axeViolations, textStyles } from '../axe';
import { astroBuild } from '../build-site';
import { checkLinks } from '../check-links';
import { openChromium } from '../chromium';
import { fileFor, htmlPages, loadPage } from '../../scripts/lib/dist-pages';
import { htmlValidateConfig } from '../html-validate.config';
import { serveDist } from '../../scripts/lib/static-server';
import { DEFAULT_SEED, generateContent, type CorpusSize } from '../../scripts/lib/generate';
import { budgetedBytes, overBudget, pageWeight } from '../../scripts/lib/page-weight';
import { projectWorkspace, type Workspace } from '../../scripts/lib/workspace';
import { SERVICE_AZ_PAGE_SIZE, SERVICE_CARDS_PER_PAGE } from '../../src/lib/service-lists';
import { BOOTH_GROUP_PREVIEW } from '../../src/lib/booth-lists';
import { readSiteUrl } from '../../src/integrations/site-url.mjs';

/** Enough for several A–Z, category, tag and booth-status pages; small enough to build in a minute. */
const SIZE: CorpusSize = { services: 240, news: 40, booths: 80 };

let workspace: Workspace;
let dist: string;
let pages: string[];

beforeAll(async () => {
  workspace = projectWorkspace('scale');
  generateContent(workspace.root, SIZE, DEFAULT_SEED);
  const build = await astroBuild(workspace.root);
  if (!build.ok) throw new Error(`the generated site did not build:\n${build.output}`);
  dist = join(workspace.root, 'dist');
  pages = htmlPages(dist).filter((path) => !path.startsWith('/admin/'));
});
afterAll(() => workspace?.dispose());

const under = (prefix: string) => pages.filter((path) => path.startsWith(prefix));
const linksIn = (paths: string[], selector: string) =>
  paths.flatMap((path) => [...loadPage(dist, path).querySelectorAll(selector)].map((a) => a.getAttribute('href')));
const sorted = (list: (string | null)[]) => [...list].sort();

const servicePages = () => pages.filter((path) => /^\/layanan\/(?!halaman\/|kategori\/)[^/]+\/$/.test(path));
const boothPages = () => pages.filter((path) => /^\/umkm\/(?!kategori\/|status\/)[^/]+\/$/.test(path));
const newsPages = () => pages.filter((path) => /^\/berita\/(?!halaman\/|tag\/)[^/]+\/$/.test(path));

describe(`a generated site (${SIZE.services} services, ${SIZE.news} news, ${SIZE.booths} booths)`, () => {
  it('keeps every public page within the weight budgets', () => {
    const weights = pages.map((path) => pageWeight(dist, path));
    const heaviest = weights.reduce((a, b) => (budgetedBytes(b) > budgetedBytes(a) ? b : a));
    console.log(
      `scale: ${pages.length} pages; heaviest ${heaviest.path} ${(budgetedBytes(heaviest) / 1024).toFixed(1)} KB gzip`,
    );
    expect(servicePages().length).toBe(SIZE.services);
    expect(weights.flatMap(overBudget)).toEqual([]);
  });

  it('lists every service once across the A–Z pages, each reachable from the first', () => {
    const azPages = ['/layanan/', ...under('/layanan/halaman/')];
    expect(azPages.length).toBe(Math.ceil(SIZE.services / SERVICE_AZ_PAGE_SIZE));
    expect(sorted(linksIn(azPages, '[data-az-list] a'))).toEqual(sorted(servicePages()));
    expect(sorted(linksIn(['/layanan/'], '[data-page-guide] a'))).toEqual(sorted(azPages));
    const letterTargets = linksIn(['/layanan/'], '[data-initials] a').map((href) => href?.split('#')[0]);
    expect(letterTargets.every((target) => azPages.includes(target!))).toBe(true);
  });

  it('lists every service once across the category pages', () => {
    expect(under('/layanan/kategori/').some((path) => path.includes('/halaman/'))).toBe(true);
    expect(sorted(linksIn(under('/layanan/kategori/'), '[data-category-services] h2 a'))).toEqual(
      sorted(servicePages()),
    );
  });

  it('shows one page of cards on an agency page and the rest on its own service pages', () => {
    const agencies = pages.filter((path) => /^\/instansi\/[^/]+\/$/.test(path));
    const listed: (string | null)[] = [];
    let paged = 0;
    for (const agency of agencies) {
      expect(linksIn([agency], '[data-service-cards] a').length, agency).toBeLessThanOrEqual(SERVICE_CARDS_PER_PAGE);
      const [allServices] = linksIn([agency], '[data-see-all] a');
      if (allServices) paged++;
      listed.push(
        ...(allServices
          ? linksIn(under(allServices), '[data-service-cards] a')
          : linksIn([agency], '[data-service-cards] a')),
      );
    }
    expect(paged).toBeGreaterThan(0);
    expect(sorted(listed)).toEqual(sorted(servicePages()));
  });

  it('keeps the no-JavaScript list on /cari/ to one A–Z page, with a way on', () => {
    expect(linksIn(['/cari/'], '[data-az-list] a')).toHaveLength(SERVICE_AZ_PAGE_SIZE);
    expect(linksIn(['/cari/'], '[data-pager] a[rel=next]')).toEqual(['/layanan/halaman/2/']);
  });

  it('lists each news item on every page of each of its tags, once', () => {
    const expected = new Map<string, string[]>();
    for (const item of newsPages())
      for (const href of linksIn([item], 'article a[href^="/berita/tag/"]'))
        expected.set(href!, [...(expected.get(href!) ?? []), item]);
    expect(under('/berita/tag/').some((path) => path.includes('/halaman/'))).toBe(true);
    for (const [tagPage, items] of expected) {
      const tagPages = under(tagPage);
      expect(sorted(linksIn(tagPages, '[data-news-list] h2 a')), tagPage).toEqual(sorted(items));
    }
  });

  it('shows a short booth list on /umkm/ and every booth once on the status pages', () => {
    const cards = linksIn(['/umkm/'], '[data-booth] a');
    expect(cards.length).toBeLessThanOrEqual(3 * BOOTH_GROUP_PREVIEW);
    expect(linksIn(['/umkm/'], '[data-see-all] a')).toContain('/umkm/status/selesai/');
    expect(sorted(linksIn(under('/umkm/status/'), '[data-booth] a'))).toEqual(sorted(boothPages()));
  });

  it('gives the page kinds only a large site has valid HTML and no axe violation', async () => {
    const firstOf = (pattern: RegExp) => pages.find((path) => pattern.test(path));
    const kinds = [
      '/layanan/',
      '/layanan/halaman/2/',
      firstOf(/^\/layanan\/kategori\/[^/]+\/halaman\/2\/$/),
      firstOf(/^\/instansi\/[^/]+\/layanan\/$/),
      firstOf(/^\/instansi\/[^/]+\/layanan\/halaman\/2\/$/),
      firstOf(/^\/berita\/tag\/[^/]+\/halaman\/2\/$/),
      '/umkm/',
      '/umkm/status/selesai/halaman/2/',
    ];
    expect(
      kinds.every((path) => path && pages.includes(path)),
      kinds.join(' '),
    ).toBe(true);
    const validator = new HtmlValidate(htmlValidateConfig);
    const problems: string[] = [];
    for (const path of kinds as string[]) {
      const report = await validator.validateFile(fileFor(dist, path));
      for (const message of report.results.flatMap((result) => result.messages))
        problems.push(`${path}: ${message.ruleId}: ${message.message}`);
    }
    const server = await serveDist(dist, AXE_FILES);
    const browser = await openChromium();
    try {
      const page = await browser.newPage();
      // Colour contrast (most of axe's time on these long lists) only where a page shows a text
      // style the pages before it did not, as on the sample site (see textStyles in tests/axe.ts).
      const seen = new Set<string>();
      for (const path of kinds as string[]) {
        await page.goto(server.origin + path);
        const styles = await textStyles(page);
        const contrast = styles.some((style) => !seen.has(style));
        styles.forEach((style) => seen.add(style));
        problems.push(...(await axeViolations(page, { contrast })).map((violation) => `${path}: ${violation}`));
      }
    } finally {
      await browser.close();
      await server.close();
    }
    expect(problems).toEqual([]);
  });

  it('has no broken internal link', () => {
    const { checked, broken } = checkLinks(dist, new URL(readSiteUrl(workspace.root)).origin);
    expect(checked).toBeGreaterThan(10_000);
    expect(broken).toEqual([]);
  });
});
