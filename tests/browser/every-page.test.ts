/**
 * Every page of the built site, in Chromium: axe (WCAG 2.0/2.1/2.2 A and AA) finds nothing (its
 * colour-contrast rule on every page that shows a text style no earlier page showed),
 * no request leaves the site's own host, the console stays clean (no CSP violation, no
 * script error), and at 320 CSS px (what 200% zoom gives a 640 px window) nothing scrolls
 * sideways.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../../scripts/lib/dist-pages';
import { AXE_FILES, axeViolations, textStyles } from '../axe';
import { openChromium } from '../chromium';
import { AS_THE_HOST, serveDist, type StaticServer } from '../../scripts/lib/static-server';

interface PageReport {
  path: string;
  violations: string[];
  foreignRequests: string[];
  consoleErrors: string[];
  overflow: string[];
}

let browser: Browser;
let server: StaticServer;
const reports: PageReport[] = [];
/** Text styles whose colour contrast axe has checked on some page (see textStyles in tests/axe.ts). */
const contrastChecked = new Set<string>();
let contrastPages = 0;

/**
 * Opens one tab, which keeps the site's CSP so that any violation reaches the console, and
 * checks pages from `queue` until it is empty: axe at a desktop width, then the same page
 * narrowed to 320 px as a browser does when the reader zooms to 200%. One tab, not one per
 * core: run alone, a second tab made the walk take more CPU (172 core-seconds against 135)
 * and more time (91 s against 79 s); in the full suite the other core is busy anyway.
 */
async function walk(queue: string[], origin: string) {
  const page = await browser.newPage();
  let current: PageReport | undefined;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.host !== new URL(origin).host)
      current?.foreignRequests.push(url.href);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') current?.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => current?.consoleErrors.push(error.message));
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    current = { path, violations: [], foreignRequests: [], consoleErrors: [], overflow: [] };
    reports.push(current);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(origin + path, { waitUntil: 'load' });
    const styles = await textStyles(page);
    const contrast = styles.some((style) => !contrastChecked.has(style));
    styles.forEach((style) => contrastChecked.add(style));
    if (contrast) contrastPages++;
    current.violations = await axeViolations(page, { contrast });

    await page.setViewportSize({ width: 320, height: 640 });
    current.overflow = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      const wide =
        document.documentElement.scrollWidth > limit ? [`page is ${document.documentElement.scrollWidth}px wide`] : [];
      // Text that runs past the right edge, even inside a scrolling box, cannot be read.
      for (const el of document.querySelectorAll<HTMLElement>(
        'main p, main li, main h1, main h2, main h3, main a, main dd',
      ))
        // Two-dimensional content (the floor plan) may scroll inside its own frame (WCAG 1.4.10).
        if (el.getBoundingClientRect().right > limit + 1 && el.offsetParent && !el.closest('[data-scroll-x]'))
          wide.push(el.tagName + ': ' + (el.textContent ?? '').trim().slice(0, 40));
      return wide.slice(0, 5);
    });
  }
  current = undefined;
  await page.close();
}

beforeAll(async () => {
  const dist = inject('distDir');
  server = await serveDist(dist, AXE_FILES, AS_THE_HOST);
  browser = await openChromium();
  // Public pages only: /admin/ is the CMS, with its own documented policy (see deploy/).
  // 404.html is served for unknown addresses; visiting it directly is enough.
  const queue = htmlPages(dist).filter((p) => !p.startsWith('/admin/'));
  await walk(queue, server.origin);
  reports.sort((a, b) => a.path.localeCompare(b.path));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every page', () => {
  it('is checked: the walk covered the whole site', () => {
    expect(reports.length).toBeGreaterThan(90);
  });
  it('has no axe violations (WCAG 2.2 A and AA)', () => {
    const failures = reports
      .filter((r) => r.violations.length)
      .map((r) => `${r.path}\n    ${r.violations.join('\n    ')}`);
    console.log(
      `axe: ${reports.length} pages, ${reports.reduce((n, r) => n + r.violations.length, 0)} violations; colour contrast on the ${contrastPages} pages that show a new text style (${contrastChecked.size} styles)`,
    );
    expect(failures).toEqual([]);
  });
  it('makes no request to another host', () => {
    const foreign = reports.flatMap((r) => r.foreignRequests.map((url) => `${r.path} → ${url}`));
    console.log(`third-party requests: ${foreign.length}`);
    expect(foreign).toEqual([]);
  });
  it('logs no console error or warning (CSP violations included)', () => {
    expect(reports.flatMap((r) => r.consoleErrors.map((text) => `${r.path}: ${text}`))).toEqual([]);
  });
  it('keeps all text within a 320 px wide screen (= 200% zoom on a 640 px window)', () => {
    expect(reports.flatMap((r) => r.overflow.map((text) => `${r.path}: ${text}`))).toEqual([]);
  });
});
