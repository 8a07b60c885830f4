/**
 * The visit planner in Chromium against the built site: a plan made from three guides' "Tambah
 * ke rencana" links, kept in the address, shared and reopened in a browser that never saw it,
 * printed on one A4 page with a QR code that opens it again; without JavaScript the page
 * explains itself and offers the journeys.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openChromium } from '../chromium';
import { loadPage } from '../../scripts/lib/dist-pages';
import { readPdf } from '../../scripts/lib/pdf';
import { AS_THE_HOST, serveDist, type StaticServer } from '../../scripts/lib/static-server';
import { buildPlan, type PlanCatalog } from '../../src/lib/visit-plan';
import { t } from '../../src/i18n/id';

/** A birth: the certificate, and the baby's health insurance; then a KTP-el for a parent. */
const GUIDES = ['akta-kelahiran', 'pendaftaran-jkn', 'ktp-el-baru'];

let browser: Browser;
let server: StaticServer;
let page: Page;
let dist: string;
let catalog: PlanCatalog;

beforeAll(async () => {
  dist = inject('distDir');
  server = await serveDist(dist, {}, AS_THE_HOST);
  browser = await openChromium();
  page = await browser.newPage({ viewport: { width: 390, height: 800 } });
  catalog = (await (await fetch(`${server.origin}/rencana/layanan.json`)).json()) as PlanCatalog;
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const routeIds = (p: Page) => p.$$eval('[data-plan-route] > li', (items) => items.map((li) => li.dataset.service));

async function planShown(p: Page, count: number) {
  await p.waitForFunction((n) => document.querySelectorAll('[data-plan-route] > li').length === n, count);
}

describe('the visit planner', () => {
  it('builds one plan from three guides, each added from its own page', async () => {
    for (const [index, id] of GUIDES.entries()) {
      await page.goto(`${server.origin}/layanan/${id}/`);
      await page.getByRole('link', { name: t.plan.add }).click();
      await page.waitForURL(/\/rencana\/\?/);
      await planShown(page, index + 1);
    }
    expect(new URL(page.url()).search).toBe(`?l=${GUIDES.join(',')}`);
    // The counters in walking order, as the plan's own logic orders them from the same data.
    const expected = buildPlan(GUIDES, catalog);
    expect(await routeIds(page)).toEqual(expected.services.map((s) => s.id));
  });

  it('lists a document two guides ask for once, for both, and every guide in its fee line', async () => {
    const kk = page.locator('[data-plan-checklist] > li[data-item="Kartu Keluarga (KK)"]');
    expect(await kk.count()).toBe(1);
    const needing = GUIDES.filter((id) =>
      catalog.services[id].requirements.some((r) => r.item === 'Kartu Keluarga (KK)'),
    ).map((id) => catalog.services[id].title);
    expect(needing.length).toBeGreaterThan(1);
    for (const title of needing) expect(await kk.innerText()).toContain(title);
    const items = await page.$$eval('[data-plan-checklist] > li', (lis) => lis.map((li) => li.dataset.item));
    const asked = new Set(GUIDES.flatMap((id) => catalog.services[id].requirements.map((r) => r.item)));
    expect(new Set(items)).toEqual(asked);
    const fees = await page.innerText('[data-plan-fees]');
    for (const id of GUIDES) expect(fees).toContain(catalog.services[id].title);
  });

  it('adds a service ticked in the picker to the plan and its address', async () => {
    await page
      .locator('[data-plan-picker]')
      .getByRole('checkbox', { name: catalog.services['kartu-keluarga'].title, exact: true })
      .check();
    await planShown(page, 4);
    expect(new URL(page.url()).searchParams.get('l')?.split(',')).toEqual([...GUIDES, 'kartu-keluarga']);
    await page
      .locator('[data-plan-picker]')
      .getByRole('checkbox', { name: catalog.services['kartu-keluarga'].title, exact: true })
      .uncheck();
    await planShown(page, 3);
  });

  it('shares its address in WhatsApp; a browser that never saw the plan opens the same one', async () => {
    const share = await page.getByRole('link', { name: t.plan.share }).getAttribute('href');
    const sharedText = new URL(share ?? '').searchParams.get('text') ?? '';
    const shared = sharedText.match(/https?:\/\/\S+/)?.[0] ?? '';
    expect(new URL(shared).pathname + new URL(shared).search).toBe(`/rencana/?l=${GUIDES.join(',')}`);
    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto(`${server.origin}/rencana/${new URL(shared).search}`);
    await planShown(fresh, 3);
    expect(await routeIds(fresh)).toEqual(await routeIds(page));
    await fresh.context().close();
  });

  it('prints on one A4 page, without the picker, with a QR code that opens the plan', async () => {
    await page.waitForSelector('[data-plan-qr] svg', { state: 'attached' });
    const { pages, text } = await readPdf(await page.pdf({ format: 'A4', printBackground: true }));
    expect(pages).toBe(1);
    expect(text).toContain(t.plan.checklist);
    expect(text).toContain('Kartu Keluarga (KK)');
    expect(text).not.toContain(t.plan.pick);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    const png = PNG.sync.read(await page.screenshot({ fullPage: true, scale: 'device' }));
    await page.emulateMedia({ media: 'screen' });
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    const site = loadPage(dist, '/rencana/').querySelector('link[rel=canonical]')?.getAttribute('href') ?? '';
    expect(code?.data).toBe(new URL(`/rencana/?l=${GUIDES.join(',')}`, site).href);
  });

  it('adds a guide from the search results to a new plan', async () => {
    const fresh = await (await browser.newContext()).newPage();
    await fresh.goto(`${server.origin}/cari/?q=kartu+keluarga`);
    await fresh.waitForFunction(() => document.querySelector<HTMLElement>('search-page [data-results]')?.dataset.query);
    const add = fresh.locator('search-page [data-results] li[data-url="/layanan/kartu-keluarga/"] a.search-plan');
    expect(await add.innerText()).toBe(t.plan.add);
    await add.click();
    await fresh.waitForURL(/\/rencana\/\?l=kartu-keluarga$/);
    await planShown(fresh, 1);
    expect(await routeIds(fresh)).toEqual(['kartu-keluarga']);
    await fresh.context().close();
  });

  it('without JavaScript, says what it needs and links every journey', async () => {
    const noScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await noScript.goto(`${server.origin}/rencana/?l=${GUIDES.join(',')}`);
    expect(await noScript.innerText('main')).toContain(t.plan.needsScript);
    expect(await noScript.isVisible('[data-plan-picker]')).toBe(false);
    const journeys = loadPage(dist, '/peristiwa/').querySelectorAll('main a[href^="/peristiwa/"]').length;
    expect(await noScript.locator('[data-needs-script] a[href^="/peristiwa/"]').count()).toBe(journeys);
    await noScript.context().close();
  });
});
