/** axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on a page open in Chromium. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_URL_PATH = '/__test__/axe.min.js';

/**
 * For `serveDist(dist, AXE_FILES)`: serves axe from the site's own origin, so that the site's
 * CSP (`script-src 'self'`) lets it load while pages keep their policy and report any violation
 * of it, and Chromium caches its compiled 560 KB instead of parsing it on every page.
 */
export const AXE_FILES = { [AXE_URL_PATH]: axePath };

/** The violations on the loaded page, one readable line each; its server must have AXE_FILES. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: AXE_URL_PATH });
  const results = (await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        // Only violations are read; collecting every passing node costs a fifth of the run.
        resultTypes: ['violations'],
      }),
    AXE_TAGS,
  )) as { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}
