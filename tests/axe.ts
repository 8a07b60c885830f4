/** axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) on a page open in Chromium. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let axeSource: string | undefined;

/**
 * Makes axe present on every page this tab opens from now on. Playwright's init scripts and
 * `evaluate` run outside the page's CSP, so pages keep their own policy (and report any
 * violation of it) while axe checks them; loading axe with each page this way is cheaper
 * than evaluating its 560 KB after the load.
 */
export async function loadAxeOnEveryPage(page: Page): Promise<void> {
  await page.addInitScript({ path: axePath });
}

/** The violations on the loaded page, one readable line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate((axeSource ??= readFileSync(axePath, 'utf8')));
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
