/**
 * What search shows besides results, in Chromium on the built site: the direct answer to a
 * question about the MPP (with today's open-now line), the notice when a query was relaxed,
 * and the help when nothing matches — on /cari/ and in the header dialog, each passing axe.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openChromium } from '../chromium';
import { AS_THE_HOST, serveDist, type StaticServer } from '../../scripts/lib/static-server';
import { AXE_FILES, axeViolations } from '../axe';
import type { SearchHelp } from '../../src/lib/search-help';

let browser: Browser;
let server: StaticServer;
let page: Page;
let help: SearchHelp;
/** The sample settings, read as written: the answers must say what they say. */
const site = load(readFileSync('content/settings/site.yml', 'utf8')) as {
  shortName: string;
  visitPage: string;
  address: { street: string; locality: string; region: string; note: string };
};

beforeAll(async () => {
  const dist = inject('distDir');
  help = JSON.parse(readFileSync(join(dist, 'cari/bantuan.json'), 'utf8')) as SearchHelp;
  server = await serveDist(dist, AXE_FILES, AS_THE_HOST);
  browser = await openChromium();
  page = await browser.newPage({ viewport: { width: 390, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens /cari/?q=… and waits until the results on screen answer that query. */
async function searchPage(query: string) {
  await page.goto(`${server.origin}/cari/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    (q) => document.querySelector<HTMLElement>('search-page [data-results]')?.dataset.query === q,
    query,
  );
  return page.locator('search-page [data-results]');
}

describe('search answers', () => {
  it('answers "mpp tutup jam berapa" with the open state at a fixed time, the week\'s hours and the visit page', async () => {
    // Tuesday 1 December 2026, 10:00 WIB: open; Saturday 5 December, 10:00 WIB: closed until Monday.
    await page.clock.setFixedTime(new Date('2026-12-01T03:00:00Z'));
    let card = (await searchPage('mpp tutup jam berapa')).locator('.search-answer');
    expect(await card.count()).toBe(1);
    expect(await card.locator('.search-answer-title').innerText()).toBe(`Jam layanan ${site.shortName}`);
    expect(await card.locator('.search-answer-now').innerText()).toBe('Buka sekarang — tutup pukul 15.00 WIB');
    expect(await card.innerText()).toContain('Senin–Jumat 08.00–15.00 WIB.');
    expect(await card.locator('a').first().getAttribute('href')).toBe(`/${site.visitPage}/`);
    expect(await axeViolations(page)).toEqual([]);

    await page.clock.setFixedTime(new Date('2026-12-05T03:00:00Z'));
    card = (await searchPage('mpp buka hari sabtu')).locator('.search-answer');
    expect(await card.locator('.search-answer-now').innerText()).toBe('Tutup — buka lagi Senin 08.00 WIB');
  });

  it('answers "alamat mpp" with the address in settings', async () => {
    const card = (await searchPage('alamat mpp')).locator('.search-answer');
    const text = await card.innerText();
    expect(text).toContain(`${site.address.street}, ${site.address.locality}, ${site.address.region}`);
    expect(text).toContain(site.address.note);
  });

  it('points complaints and pungli to the complaints page and SP4N-LAPOR!', async () => {
    const results = await searchPage('ada pungli di loket');
    const hrefs = await results
      .locator('.search-answer a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(help.answers.complaints!.links.map((link) => link.href));
    expect(hrefs.some((href) => href?.startsWith('https://'))).toBe(true);
  });

  it('says when it shows results for some of the words only', async () => {
    // Pagefind skips words that are on no page; these are all indexed, but never on one page.
    let results = await searchPage('urus akta kematian kemplang');
    expect(await results.locator('.search-notice').innerText()).toBe(
      'Tidak ada halaman yang memuat semua kata itu. Menampilkan hasil untuk: akta, kematian, kemplang.',
    );
    expect(await results.locator('.search-results li').first().getAttribute('data-url')).toBe(
      '/layanan/akta-kematian/',
    );
    // Too few pages hold every word: those come first, then the pages holding some of them.
    results = await searchPage('urus kartu keluarga songket');
    expect(await results.locator('.search-notice').innerText()).toMatch(/^Hanya \d halaman memuat semua kata itu/);
    const top = await results
      .locator('.search-results li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-url')));
    expect(top.slice(0, 4)).toContain('/layanan/kartu-keluarga/');
  });

  it('never ends on an empty box: a query that matches nothing shows where to go instead', async () => {
    const results = await searchPage('qwxz zzkrt');
    expect(await results.locator('.search-results').count()).toBe(0);
    const links = await results.locator('.search-help a').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
    expect(links).toEqual(
      expect.arrayContaining([
        ...help.noResults.services.map((s) => s.href),
        ...help.noResults.links.map((l) => l.href),
      ]),
    );
    expect(help.noResults.services.length).toBeGreaterThan(0);
    // The sample has no official number yet: the help says so instead of inventing one.
    expect(await results.locator('.search-help').innerText()).toContain(help.noResults.contactNote);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the same answer in the header dialog', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.origin}/layanan/`);
    await page.fill('#header-search', 'alamat mpp');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('dialog [data-results]')?.dataset.query);
    const card = page.locator('dialog .search-answer');
    expect(await card.innerText()).toContain(help.answers.location!.lines[0]);
    expect(await axeViolations(page)).toEqual([]);
  });
});
