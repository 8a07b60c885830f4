/**
 * Every page of the built site, in Chromium: axe (WCAG 2.0/2.1/2.2 A and AA) finds nothing,
 * no request leaves the site's own host, the console stays clean (no CSP violation, no
 * script error), and at 320 CSS px (what 200% zoom gives a 640 px window) nothing scrolls
 * sideways.
 */
import { availableParallelism } from 'node:os';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { htmlPages } from '../../scripts/lib/dist-pages';
import { axeViolations } from '../axe';
import { launchChromium } from '../../scripts/lib/chromium';
import { serveDist, type StaticServer } from '../../scripts/lib/static-server';

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

/** Pages checked at once, one pair of tabs each: axe is CPU-bound, so one per core. */
const WALKERS = Math.max(1, Math.min(4, availableParallelism()));

/** Opens a desktop tab (axe) and a 320 px tab (reflow, console), and checks pages from `queue` until it is empty. */
async function walk(queue: string[], origin: string) {
  // axe needs the CSP bypassed (see tests/axe.ts); the narrow page below keeps the CSP and
  // reports any violation.
  const desktop = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const narrow = await browser.newPage({ viewport: { width: 320, height: 640 } });
  let current: PageReport | undefined;
  for (const page of [desktop, narrow]) {
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.host !== new URL(origin).host)
        current?.foreignRequests.push(url.href);
    });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') current?.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => current?.consoleErrors.push(error.message));
  }
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    current = { path, violations: [], foreignRequests: [], consoleErrors: [], overflow: [] };
    reports.push(current);
    await desktop.goto(origin + path, { waitUntil: 'load' });
    current.violations = await axeViolations(desktop);

    await narrow.goto(origin + path, { waitUntil: 'load' });
    current.overflow = await narrow.evaluate(() => {
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
  await Promise.all([desktop.close(), narrow.close()]);
}

beforeAll(async () => {
  const dist = inject('distDir');
  server = await serveDist(dist);
  browser = await launchChromium();
  // Public pages only: /admin/ is the CMS, with its own documented policy (see deploy/).
  // 404.html is served for unknown addresses; visiting it directly is enough.
  const queue = htmlPages(dist).filter((p) => !p.startsWith('/admin/'));
  await Promise.all(Array.from({ length: WALKERS }, () => walk(queue, server.origin)));
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
    console.log(`axe: ${reports.length} pages, ${reports.reduce((n, r) => n + r.violations.length, 0)} violations`);
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
