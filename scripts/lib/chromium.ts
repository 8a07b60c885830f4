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
