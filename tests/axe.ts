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

/**
 * The violations on the loaded page, one readable line each; its server must have AXE_FILES.
 * `contrast: false` leaves out the colour-contrast rule, for a page whose text styles were all
 * checked on other pages already (see textStyles).
 */
export async function axeViolations(page: Page, { contrast = true } = {}): Promise<string[]> {
  await page.addScriptTag({ url: AXE_URL_PATH });
  const results = (await page.evaluate(
    ({ tags, contrast }) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<unknown> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: contrast ? {} : { 'color-contrast': { enabled: false } },
        // Only violations are read; collecting every passing node costs a fifth of the run.
        resultTypes: ['violations'],
      }),
    { tags: AXE_TAGS, contrast },
  )) as { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}

/**
 * Everything colour contrast depends on, once for each style of visible text on the loaded page:
 * text colour, the background behind it (the nearest colour or image), font size and weight.
 * Two pages with the same set pass or fail the contrast rule alike, so a walk over the whole
 * site needs that rule (60% of axe's time) only where a page shows a style not seen before.
 */
export function textStyles(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const styles = new Set<string>();
    const behind = (element: Element | null): string => {
      for (let e = element; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (style.backgroundImage !== 'none') return style.backgroundImage;
        if (!/rgba\(.*, 0\)$|transparent/.test(style.backgroundColor)) return style.backgroundColor;
      }
      return 'canvas';
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || !element.checkVisibility()) continue;
      const style = getComputedStyle(element);
      styles.add([style.color, behind(element), style.fontSize, style.fontWeight, style.opacity].join(' | '));
    }
    return [...styles];
  });
}
