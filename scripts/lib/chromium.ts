/** A system Chromium driven by playwright-core; never a browser downloaded by a test. */
import { chromium, type Browser } from 'playwright-core';
import { ensureTools } from './system-tools.mjs';

/** Found by `npm test`'s first step (CHROMIUM_PATH, Debian/Ubuntu, Playwright's cache). */
export const CHROMIUM_PATH: string = ensureTools(['chromium']).chromium;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Context options for checking pages as they render, without the site's service worker: it
 * would install afresh in every new context, as on a first visit, and double the work of walking
 * the site. tests/browser/offline.test.ts tests the worker itself; the benchmark keeps it.
 */
export const WITHOUT_SERVICE_WORKER = { serviceWorkers: 'block' } as const;
