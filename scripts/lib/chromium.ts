/** A system Chromium driven by playwright-core; never a browser downloaded by a test. */
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';
import { ensureTools } from './system-tools.mjs';

/** Found by `npm test`'s first step (CHROMIUM_PATH, Debian/Ubuntu, Playwright's cache). */
export const CHROMIUM_PATH: string = ensureTools(['chromium']).chromium;

const OPTIONS: LaunchOptions = {
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
};

export function launchChromium(): Promise<Browser> {
  return chromium.launch(OPTIONS);
}

/**
 * The same Chromium, started once for many clients: each connects with `connectChromium` and
 * gets contexts of its own (own cookies, cache, storage and service workers), and closing its
 * connection closes only those.
 */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(OPTIONS);
}

export function connectChromium(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
