/**
 * With JavaScript off the site still helps: hours are written out, the search box leads to
 * /cari/ which lists every service A–Z and every agency, and checklists can still be ticked.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openChromium } from '../chromium';
import { AS_THE_HOST, serveDist, type StaticServer } from '../../scripts/lib/static-server';

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  server = await serveDist(inject('distDir'), {}, AS_THE_HOST);
  browser = await openChromium();
  page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('without JavaScript', () => {
  it('the header search box leads to /cari/, which lists every service and agency', async () => {
    await page.goto(`${server.origin}/layanan/kartu-keluarga/`);
    await page.fill('#header-search', 'ktp');
    await Promise.all([page.waitForURL(/\/cari\/\?q=ktp$/), page.press('#header-search', 'Enter')]);
    const serviceLinks = await page.$$eval('[data-az-list] a', (links) => links.map((a) => a.getAttribute('href')));
    expect(serviceLinks.length).toBeGreaterThanOrEqual(30);
    expect(serviceLinks).toContain('/layanan/ktp-el-baru/');
    expect(await page.innerText('main')).toContain('pilih layanan dari daftar A–Z');
    expect(await page.$$eval('#daftar-instansi + ul a', (links) => links.length)).toBeGreaterThanOrEqual(12);
  });

  it('on a phone, the header buttons open the search box and the navigation', async () => {
    const phone = await (
      await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 640 } })
    ).newPage();
    await phone.goto(`${server.origin}/layanan/kartu-keluarga/`);
    await phone.click('summary:has-text("Menu")');
    expect(await phone.isVisible('[data-header-panel] nav a:text("Instansi")')).toBe(true);
    await phone.click('summary:has-text("Cari")');
    await phone.fill('#header-search-phone', 'akta');
    await Promise.all([phone.waitForURL(/\/cari\/\?q=akta$/), phone.press('#header-search-phone', 'Enter')]);
    expect(await phone.$$eval('[data-az-list] a', (links) => links.length)).toBeGreaterThanOrEqual(30);
    await phone.context().close();
  });

  it('shows the opening hours as text on every kind of page', async () => {
    for (const path of ['/', '/layanan/ktp-el-baru/', '/umkm/']) {
      await page.goto(server.origin + path);
      expect(await page.textContent('footer open-now [data-week]'), path).toContain('Senin–Jumat 08.00–15.00 WIB');
    }
  });

  it('the requirement checklist can still be ticked, and the WhatsApp share link is there', async () => {
    await page.goto(`${server.origin}/layanan/ktp-el-baru/`);
    await page.check('[data-requirements] input >> nth=0');
    expect(await page.isChecked('[data-requirements] input >> nth=0')).toBe(true);
    expect(await page.getAttribute('[data-whatsapp-share]', 'href')).toMatch(/^https:\/\/wa\.me\/\?text=/);
    expect(await page.isHidden('[data-copy]')).toBe(true);
  });

  it('booth category pages stand in for the instant filter', async () => {
    await page.goto(`${server.origin}/umkm/`);
    expect(await page.isHidden('booth-filter')).toBe(true);
    await page.click('[data-category-links] a:text("Makanan dan Oleh-oleh")');
    await page.waitForURL(/\/umkm\/kategori\/makanan\/$/);
    const categories = await page.$$eval('[data-booth]', (cards) =>
      cards.map((c) => (c as HTMLElement).dataset.category),
    );
    expect(categories.length).toBeGreaterThan(0);
    expect(new Set(categories)).toEqual(new Set(['makanan']));
  });
});
