/**
 * Reading without signal, in Chromium against the built site with its real service worker:
 * a guide opened and another saved both render with no network, say how old they are and
 * replace themselves when the network returns; the list of stored pages names them; a page
 * never stored shows that list, saying so; search falls back to what is stored; a new build
 * drops the previous build's caches but keeps the stored pages; /admin/ is never served by the
 * worker. "No network" is the test server refusing every connection, as with no signal
 * (Playwright's offline switch does not reach service workers).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openChromium } from '../chromium';
import { serveDist, type StaticServer } from '../../scripts/lib/static-server';
import { t } from '../../src/i18n/id';

const OPENED = '/layanan/ktp-el-baru/';
const SAVED = '/layanan/kartu-keluarga/';
const NEVER_OPENED = '/berita/';
const NOT_STORED_ELSEWHERE = '/layanan/akta-kelahiran/';

let dist: string;
let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
let page: Page;

/** Cache name → paths it holds, as the page sees Cache Storage. */
const cacheContents = () =>
  page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys())
      out[name] = (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname);
    return out;
  });

const storedNote = () => page.locator('[data-stored-note]');

async function searchInHeader(query: string) {
  await page.fill('#header-search', query);
  await page.waitForFunction(
    (q) => document.querySelector('dialog[open] [data-results]')?.getAttribute('data-query') === q,
    query,
  );
  const results = page.locator('dialog[open] [data-results]');
  return {
    urls: await results
      .locator('.search-results li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-url'))),
    notice: (await results.locator('.search-notice').allTextContents()).join(' '),
  };
}

beforeAll(async () => {
  // A copy, so the test can publish a "new build" of the worker without touching the shared dist/.
  dist = mkdtempSync(join(tmpdir(), 'portal-mpp-offline-'));
  cpSync(inject('distDir'), dist, { recursive: true });
  server = await serveDist(dist);
  browser = await openChromium();
  context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('with signal', () => {
  it('the first page opened is kept once the worker starts, with what it needs to render', async () => {
    await page.goto(server.origin + OPENED);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
    await expect
      .poll(async () => (await cacheContents())['mpp-pages-opened'] ?? [], { timeout: 20_000 })
      .toContain(OPENED);
    const contents = await cacheContents();
    const css = [...new Set(Object.values(contents).flat())].filter((path) => path.endsWith('.css'));
    expect(css.length).toBeGreaterThan(0);
    expect(Object.keys(contents).some((name) => name.startsWith('mpp-shell-'))).toBe(true);
    expect(await storedNote().isVisible()).toBe(false);
  });

  it('a guide is saved with its button, which then offers to remove it', async () => {
    await page.goto(server.origin + SAVED);
    const button = page.locator('[data-save-offline] [data-save]');
    await expect.poll(() => button.textContent()).toBe(t.offline.save);
    await button.click();
    await expect.poll(() => page.textContent('[data-save-message]')).toBe(t.offline.saved);
    expect(await button.textContent()).toBe(t.offline.remove);
    expect((await cacheContents())['mpp-pages-saved']).toEqual([SAVED]);
  });
});

describe('without signal', () => {
  beforeAll(() => server.setOffline(true));

  it('the opened guide and the saved guide render, styled, and say when they were stored', async () => {
    for (const [path, title] of [
      [OPENED, 'KTP Elektronik'],
      [SAVED, 'Kartu Keluarga'],
    ]) {
      await page.goto(server.origin + path);
      expect(await page.textContent('h1'), path).toContain(title);
      await expect.poll(() => storedNote().isVisible(), { message: path }).toBe(true);
      expect(await storedNote().textContent()).toMatch(
        /^Disimpan \d{1,2} \p{L}+ \d{4}.*; isinya mungkin sudah berubah\./u,
      );
      expect(await page.evaluate(() => getComputedStyle(document.body).display), path).toBe('flex');
    }
  });

  it('the list of stored pages names both, saved and opened', async () => {
    await page.goto(server.origin + '/tersimpan/');
    const saved = page.locator('[data-list="saved"] a');
    await expect.poll(() => saved.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([SAVED]);
    const opened = await page
      .locator('[data-list="opened"] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(opened).toContain(OPENED);
    expect(opened).not.toContain(SAVED);
  });

  it('a page never stored shows that list instead, at its own address, saying it is not stored', async () => {
    await page.goto(server.origin + NEVER_OPENED);
    expect(page.url()).toBe(server.origin + NEVER_OPENED);
    await expect.poll(() => page.textContent('h1')).toBe(t.offline.notStoredTitle);
    expect(await page.textContent('[data-not-stored]')).toContain(NEVER_OPENED);
    await expect.poll(() => page.locator('[data-list="saved"] a').count()).toBe(1);
  });

  it('search with no index files stored looks through the stored pages and says so', async () => {
    await page.goto(server.origin + OPENED);
    const { urls, notice } = await searchInHeader('kartu keluarga');
    expect(urls[0]).toBe(SAVED);
    expect(urls).not.toContain(NOT_STORED_ELSEWHERE);
    expect(notice).toBe(t.offline.searchOffline);
  });

  it('a stored copy replaces itself once the network answers again', async () => {
    await page.goto(server.origin + OPENED);
    await expect.poll(() => storedNote().isVisible()).toBe(true);
    server.setOffline(false);
    // The page also checks every few seconds; the browser's "online" event checks at once.
    await Promise.all([page.waitForEvent('load'), page.evaluate(() => dispatchEvent(new Event('online')))]);
    expect(await page.evaluate(() => document.documentElement.dataset.storedAt)).toBeUndefined();
    expect(await storedNote().isVisible()).toBe(false);
  });
});

describe('back with signal', () => {
  it('a search made once works again without signal, from the index files it used', async () => {
    await page.goto(server.origin + OPENED);
    const online = await searchInHeader('akta kelahiran');
    expect(online.urls).toContain(NOT_STORED_ELSEWHERE);
    await page.keyboard.press('Escape');
    server.setOffline(true);
    try {
      await page.goto(server.origin + OPENED);
      const offline = await searchInHeader('akta kelahiran');
      expect(offline.urls).toContain(NOT_STORED_ELSEWHERE);
      expect(offline.notice).not.toBe(t.offline.searchOffline);
    } finally {
      server.setOffline(false);
    }
  });

  it('a new build drops the previous build’s caches and keeps the stored pages', async () => {
    const before = Object.keys(await cacheContents());
    const oldShell = before.find((name) => name.startsWith('mpp-shell-'));
    expect(before.some((name) => name.startsWith('mpp-search-'))).toBe(true);
    const worker = join(dist, 'sw.js');
    const version = oldShell?.slice('mpp-shell-'.length) ?? '';
    writeFileSync(worker, readFileSync(worker, 'utf8').replaceAll(version, 'b'.repeat(12)));
    await page.goto(server.origin + OPENED);
    const takenOver = page.evaluate(
      () =>
        new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })),
    );
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await takenOver;
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.active?.state === 'activated' && !registration.installing && !registration.waiting;
    });
    // Each page load lets the new worker finish clearing what the previous one left behind.
    await expect
      .poll(
        async () => {
          await page.reload();
          return Object.keys(await cacheContents()).sort();
        },
        { timeout: 20_000 },
      )
      .toEqual(['mpp-assets', 'mpp-pages-opened', 'mpp-pages-saved', `mpp-shell-${'b'.repeat(12)}`].sort());
    expect((await cacheContents())['mpp-pages-saved']).toEqual([SAVED]);
  });

  it('/admin/ registers no worker, and the site’s worker answers none of its requests', async () => {
    const fresh = await browser.newContext();
    try {
      const admin = await fresh.newPage();
      await admin.goto(server.origin + '/admin/', { waitUntil: 'domcontentloaded' });
      expect(await admin.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    } finally {
      await fresh.close();
    }
    const fromWorker: string[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/admin/') && response.fromServiceWorker())
        fromWorker.push(response.url());
    });
    await page.goto(server.origin + '/admin/', { waitUntil: 'domcontentloaded' });
    expect(fromWorker).toEqual([]);
  });

  it('a saved page is removed from the list with its button', async () => {
    await page.goto(server.origin + '/tersimpan/');
    const remove = page.locator('[data-list="saved"] button');
    await expect.poll(() => remove.count()).toBe(1);
    await remove.click();
    await expect.poll(() => page.textContent('[data-list="saved"]')).toBe(t.offline.none);
    expect((await cacheContents())['mpp-pages-saved']).toEqual([]);
  });

  it('without JavaScript there is no save button', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await noJs.newPage();
      await plain.goto(server.origin + SAVED);
      expect(await plain.locator('[data-save-offline]').isVisible()).toBe(false);
      expect(await plain.locator('[data-stored-note]').isVisible()).toBe(false);
    } finally {
      await noJs.close();
    }
  });
});
