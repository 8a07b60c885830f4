/**
 * The suite's one Chromium (started in tests/global-setup.ts). A browser test opens its own
 * connection; closing it closes the contexts and pages that test made, not the browser.
 */
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { connectChromium } from '../scripts/lib/chromium';

export function openChromium(): Promise<Browser> {
  return connectChromium(inject('chromiumEndpoint'));
}
