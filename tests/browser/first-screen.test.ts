/**
 * A cheap phone's first screen (360 × 640 CSS px) answers the resident: on every guide the title
 * and the key facts — open now, fee, duration, walk-in or booking — are in view without
 * scrolling, under a one-line header and an announcement of at most two lines; the home page
 * shows whether the MPP is open, and search is one tap away. At 320 px nothing scrolls sideways.
 * 200% zoom is emulated as the browser does it: a 1280 × 800 window at zoom 200% lays pages out
 * in 640 × 400 CSS px, drawn at two device pixels per CSS pixel (viewport 640 × 400,
 * deviceScaleFactor 2); nothing scrolls sideways there either and the menu opens. At 1280 × 800
 * the desktop header keeps its search box and navigation bar in view.
 * Positions are printed for the record; `npx tsx scripts/first-screen.ts <dist> <path>` prints
 * them for any build.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openChromium } from '../chromium';
import { htmlPages, loadPage } from '../../scripts/lib/dist-pages';
import { measureFirstScreen } from '../../scripts/lib/first-screen';
import { AS_THE_HOST, serveDist, type StaticServer } from '../../scripts/lib/static-server';
import { ANNOUNCEMENT_MAX_LENGTH, ANNOUNCEMENT_TWO_LINES } from '../../src/model/site';
import { AXE_FILES, axeViolations } from '../axe';

const PHONE = { width: 360, height: 640 };
/** The most the site's own chrome (official line, header, announcement) may take. */
const MAIN_TOP_LIMIT = 160;

/**
 * Announcements as an MPP writes them, each within the length the schema's hint asks for: they
 * must fit in two lines beside "Selengkapnya" and the close button.
 */
const ANNOUNCEMENTS = [
  'Layanan tutup 25 Desember (Natal); buka lagi Senin, 28 Desember.',
  'Perekaman KTP-el ditunda karena jaringan SIAK sedang terganggu.',
  'Samsat keliling hadir di halaman MPP setiap Sabtu pukul 08.00.',
  'Mulai 4 Januari 2027 antrean Disdukcapil memakai antrean daring.',
  'Jam layanan selama Ramadan: Senin–Jumat 08.00–14.00 WIB saja.',
];
/** One as long as the schema allows. */
const LONGEST_ANNOUNCEMENT = 'Layanan tutup 25 Desember (Natal) dan 26 Desember; buka lagi Senin, 28 Desember.';

let dist: string;
/** The guide whose key facts end lowest on the phone, found by the first test. */
let lowestGuide = '/layanan/ktp-el-baru/';
let browser: Browser;
let server: StaticServer;
let phone: Page;

beforeAll(async () => {
  dist = inject('distDir');
  server = await serveDist(dist, AXE_FILES, AS_THE_HOST);
  browser = await openChromium();
  phone = await browser.newPage({ viewport: PHONE });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const guides = () => htmlPages(dist).filter((path) => loadPage(dist, path).querySelector('article[data-service]'));
/** The first built page that holds `selector` (an agency's, a booth's). */
const firstWith = (selector: string) =>
  htmlPages(dist).find((path) => loadPage(dist, path).querySelector(selector)) ?? '';
/** The phone header's buttons: 0 "Cari", 1 "Menu". */
const headerButton = (page: Page, index: 0 | 1) => page.locator('[data-header-panel] > summary').nth(index);
/** How many of the elements are displayed. */
const displayed = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);

/** Puts `text` in the announcement of the open page, as if settings said so. */
const announce = (page: Page, text: string) =>
  page.$eval(
    '[data-announcement-text]',
    (p, text) => {
      const node = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim());
      if (node) node.textContent = ` ${text} `;
    },
    text,
  );

/** Lines a block of text takes. */
const lines = (page: Page, selector: string) =>
  page.$eval(selector, (el) =>
    Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
  );

describe('on a 360 × 640 phone', () => {
  it('every guide shows its title and key facts in the first screen, under chrome of at most 160 px', async () => {
    const paths = guides();
    expect(paths.length).toBeGreaterThan(30);
    const problems: string[] = [];
    const worst = { main: 0, title: 0, openNow: 0, fee: 0, duration: 0, delivery: 0 };
    for (const path of paths) {
      await phone.goto(server.origin + path);
      const at = await measureFirstScreen(phone);
      if (path === '/layanan/ktp-el-baru/') console.log(`first screen ${path} at 360 × 640: ${JSON.stringify(at)}`);
      if (!(at.main <= MAIN_TOP_LIMIT)) problems.push(`${path}: <main> starts at ${at.main} px`);
      for (const key of ['title', 'openNow', 'fee', 'duration', 'delivery'] as const) {
        const bottom = at[key];
        if (bottom === undefined || !(bottom <= PHONE.height))
          problems.push(`${path}: ${key} ends at ${bottom ?? 'nowhere'} px`);
        worst[key] = Math.max(worst[key], bottom ?? Infinity);
      }
      if ((at.delivery ?? 0) >= worst.delivery) lowestGuide = path;
      worst.main = Math.max(worst.main, at.main);
    }
    console.log(`first screen, ${paths.length} guides, lowest edges: ${JSON.stringify(worst)}`);
    expect(problems).toEqual([]);
  });

  it("the key facts give today's open-now state with JavaScript, and the weekly hours without", async () => {
    await phone.goto(`${server.origin}/layanan/kartu-keluarga/`);
    const status = phone.locator('[data-key-facts] open-now [data-status]');
    expect(await status.textContent()).toMatch(/^(Buka sekarang|Tutup|Belum dipastikan buka)/);
    expect(await phone.isHidden('[data-key-facts] open-now [data-week]')).toBe(true);
    const noScript = await (await browser.newContext({ viewport: PHONE, javaScriptEnabled: false })).newPage();
    await noScript.goto(`${server.origin}/layanan/kartu-keluarga/`);
    expect(await noScript.isHidden('[data-key-facts] open-now [data-status]')).toBe(true);
    expect(await noScript.textContent('[data-key-facts] open-now [data-week]')).toMatch(/\d{2}\.\d{2}–\d{2}\.\d{2}/);
    await noScript.context().close();
  });

  it('the home page shows the open-now state and search in the first screen', async () => {
    await phone.goto(`${server.origin}/`);
    const at = await measureFirstScreen(phone);
    console.log(`first screen / at 360 × 640: ${JSON.stringify(at)}`);
    expect(at.main).toBeLessThanOrEqual(MAIN_TOP_LIMIT);
    const state = await phone.locator('main [data-key-facts] open-now [data-status]').boundingBox();
    expect(state && state.y + state.height).toBeLessThanOrEqual(PHONE.height);
    expect(at.searchButton).toBeLessThanOrEqual(PHONE.height);
    expect(at.searchBox).toBeLessThanOrEqual(PHONE.height);
  });

  it('agency and booth pages put their key facts in the first screen', async () => {
    for (const path of [firstWith('article[data-agency]'), firstWith('article[data-booth]')]) {
      await phone.goto(server.origin + path);
      const facts = await phone.locator('main [data-key-facts]').boundingBox();
      expect(facts && facts.y + facts.height, path).toBeLessThanOrEqual(PHONE.height);
    }
  });

  it('the announcement takes at most two lines with "Selengkapnya" at the length the hint asks for', async () => {
    await phone.goto(`${server.origin}/layanan/ktp-el-baru/`);
    const text = '[data-announcement-text]';
    expect(await phone.isVisible(`${text} a:text("Selengkapnya")`)).toBe(true);
    expect(await lines(phone, text)).toBeLessThanOrEqual(2);
    for (const sample of ANNOUNCEMENTS) {
      expect(sample.length, sample).toBeLessThanOrEqual(ANNOUNCEMENT_TWO_LINES);
      await announce(phone, sample);
      expect(await lines(phone, text), sample).toBeLessThanOrEqual(2);
    }
  });

  it('an announcement as long as the schema allows still leaves every key fact in the first screen', async () => {
    expect(LONGEST_ANNOUNCEMENT.length).toBe(ANNOUNCEMENT_MAX_LENGTH);
    await phone.goto(server.origin + lowestGuide);
    await announce(phone, LONGEST_ANNOUNCEMENT);
    const at = await measureFirstScreen(phone);
    console.log(
      `first screen ${lowestGuide} with a ${ANNOUNCEMENT_MAX_LENGTH}-character announcement: ${JSON.stringify(at)}`,
    );
    expect(at.main).toBeLessThanOrEqual(MAIN_TOP_LIMIT);
    expect(
      Math.max(
        at.title ?? Infinity,
        at.openNow ?? Infinity,
        at.fee ?? Infinity,
        at.duration ?? Infinity,
        at.delivery ?? Infinity,
      ),
    ).toBeLessThanOrEqual(PHONE.height);
  });

  it('dismissing the announcement moves the page up, and it stays dismissed', async () => {
    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(`${server.origin}/layanan/ktp-el-baru/`);
    const before = (await measureFirstScreen(page)).main;
    await page.click('[data-dismiss]');
    expect(await page.isHidden('site-announcement')).toBe(true);
    expect((await measureFirstScreen(page)).main).toBeLessThan(before);
    await page.reload();
    expect(await page.isHidden('site-announcement')).toBe(true);
    await page.context().close();
  });

  it('the header is one line: the name, "Cari" and "Menu", which open the search box and the navigation', async () => {
    await phone.goto(`${server.origin}/layanan/ktp-el-baru/`);
    const buttons = phone.locator('[data-header-panel] > summary');
    expect(await buttons.allTextContents()).toEqual([expect.stringContaining('Cari'), expect.stringContaining('Menu')]);
    const tops = await phone.$$eval('header a[href="/"], [data-header-panel] > summary', (els) =>
      els.map((el) => Math.round(el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2)),
    );
    expect(Math.max(...tops) - Math.min(...tops), 'name and buttons share one line').toBeLessThanOrEqual(4);
    expect(await displayed(phone, 'header nav'), 'navigation waits behind "Menu"').toBe(0);

    await buttons.nth(0).click();
    expect(await phone.isVisible('#header-search-phone')).toBe(true);
    expect(await phone.evaluate(() => document.activeElement?.id)).toBe('header-search-phone');
    // Typing opens the results dialog; a tap inside it keeps the panel, and Esc returns to its box.
    await phone.keyboard.type('akta');
    await phone.waitForSelector('dialog[open] .search-results li');
    await phone.click('#dialog-search');
    await phone.keyboard.press('Escape');
    expect(await phone.evaluate(() => document.activeElement?.id)).toBe('header-search-phone');
    await buttons.nth(1).click();
    expect(await phone.isHidden('#header-search-phone'), 'one panel at a time').toBe(true);
    const links = phone.locator('[data-header-panel] nav a');
    expect(await links.count()).toBeGreaterThanOrEqual(5);
    expect(await links.first().isVisible()).toBe(true);
  });

  it('passes axe with the phone header open', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    for (const path of ['/', '/layanan/ktp-el-baru/']) {
      await page.goto(server.origin + path);
      await headerButton(page, 0).click();
      expect(await axeViolations(page), `${path}, search open`).toEqual([]);
      await headerButton(page, 1).click();
      expect(await axeViolations(page), `${path}, menu open`).toEqual([]);
    }
    await page.close();
  });
});

describe('reflow and zoom', () => {
  const pages = () => [
    '/',
    '/layanan/ktp-el-baru/',
    firstWith('article[data-agency]'),
    firstWith('article[data-booth]'),
  ];
  const overflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it('at 320 px wide nothing scrolls sideways, with the header panels closed or open', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const path of pages()) {
      await page.goto(server.origin + path);
      expect(await overflow(page), path).toBe(0);
      await headerButton(page, 1).click();
      expect(await overflow(page), `${path}, menu open`).toBe(0);
      await headerButton(page, 0).click();
      expect(await overflow(page), `${path}, search open`).toBe(0);
    }
    await page.close();
  });

  it('at 200% zoom nothing scrolls sideways and the menu opens from the keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    for (const path of pages()) {
      await page.goto(server.origin + path);
      expect(await overflow(page), path).toBe(0);
    }
    await page.goto(`${server.origin}/layanan/ktp-el-baru/`);
    const menu = headerButton(page, 1);
    for (let i = 0; i < 10 && !(await menu.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await menu.evaluate((el) => el === document.activeElement), 'Tab reaches "Menu"').toBe(true);
    expect(await menu.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const link = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return {
        text: el.textContent?.trim(),
        inView: box.top >= 0 && box.bottom <= innerHeight,
        inNav: !!el.closest('nav'),
      };
    });
    expect(link).toEqual({ text: 'Layanan', inView: true, inNav: true });
    expect(await overflow(page), 'menu open').toBe(0);
    await page.keyboard.press('Escape');
    expect(await menu.evaluate((el) => el === document.activeElement), 'Esc returns to "Menu"').toBe(true);
    expect(await page.isHidden('[data-header-panel] nav')).toBe(true);
    await page.close();
  });
});

describe('on a 1280 × 800 screen', () => {
  it('the header keeps its search box and one navigation bar in view, with nothing to open', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.origin}/layanan/ktp-el-baru/`);
    const at = await measureFirstScreen(page);
    console.log(`first screen /layanan/ktp-el-baru/ at 1280 × 800: ${JSON.stringify(at)}`);
    expect(await page.isVisible('#header-search')).toBe(true);
    expect(await displayed(page, '[data-header-panel]')).toBe(0);
    const nav = await page.$$eval('header nav a', (links) =>
      links
        .filter((a) => a.checkVisibility())
        .map((a) => ({ text: a.textContent?.trim(), top: a.getBoundingClientRect().top })),
    );
    expect(nav.map((link) => link.text)).toContain('Layanan');
    expect(nav.length).toBeGreaterThanOrEqual(5);
    expect(new Set(nav.map((link) => Math.round(link.top))).size, 'one row').toBe(1);
    expect(at.title).toBeLessThanOrEqual(800);
    expect(at.overflowX).toBe(0);
    await page.close();
  });
});
