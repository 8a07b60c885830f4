/**
 * A printed guide is one A4 page with the checklist and a QR code that leads back to the
 * page: Chromium prints every service and journey to PDF, pdf.js reads its pages and text, and
 * the page as printed (print styles, A4 width) is captured to an image whose QR code is decoded.
 */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlPages, loadPage } from '../../scripts/lib/dist-pages';
import { openChromium } from '../chromium';
import { AS_THE_HOST, serveDist, type StaticServer } from '../../scripts/lib/static-server';
import { pdfPageCount, readPdf } from '../../scripts/lib/pdf';

let browser: Browser;
let server: StaticServer;
let page: Page;
let dist: string;

beforeAll(async () => {
  dist = inject('distDir');
  server = await serveDist(dist, {}, AS_THE_HOST);
  browser = await openChromium();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function printToPdf(path: string): Promise<Uint8Array> {
  await page.goto(server.origin + path);
  return page.pdf({ format: 'A4', printBackground: true });
}

describe('printed guides', () => {
  it('every service and journey prints on exactly one A4 page', async () => {
    const guides = htmlPages(dist).filter((p) => /^\/(layanan|peristiwa)\/[^/]+\/$/.test(p));
    expect(guides.length).toBeGreaterThan(30);
    const overflowing: string[] = [];
    for (const guide of guides) {
      const pages = await pdfPageCount(await printToPdf(guide));
      if (pages !== 1) overflowing.push(`${guide}: ${pages} pages`);
    }
    expect(overflowing).toEqual([]);
  });

  it('a printed service has its checklist, fee, hours, address and a QR code to its own URL', async () => {
    const path = '/layanan/kartu-keluarga/';
    const { text } = await readPdf(await printToPdf(path));
    const doc = loadPage(dist, path);
    const firstItem = doc.querySelector('[data-requirements] li .font-semibold')?.textContent?.trim() ?? '';
    expect(firstItem.length).toBeGreaterThan(3);
    expect(text).toContain(firstItem.slice(0, 20));
    expect(text).toContain('Persyaratan yang dibawa');
    expect(text).toContain('Prosedur');
    expect(text).toContain('Gratis');
    expect(text).toMatch(/Jam layanan: Senin–Jumat 08\.00–15\.00/);
    expect(text).not.toContain('Bagikan lewat WhatsApp');

    // The page as the printer lays it out: print styles, A4 width at 96 dpi, twice the pixels.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    const shot = await page.screenshot({ fullPage: true, scale: 'device' });
    await page.emulateMedia({ media: 'screen' });
    const png = PNG.sync.read(shot);
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    const canonical = doc.querySelector('link[rel=canonical]')?.getAttribute('href');
    expect(code?.data).toBe(canonical);
  });
});
