/**
 * Where the answers sit on a page as a visitor first sees it: the top of <main> and the bottom
 * edge of the title, the open-now state, the fee, the duration and the search controls, in CSS
 * pixels from the top of the page. Shared by tests/browser/first-screen.test.ts and
 * `npx tsx scripts/first-screen.ts`, which prints them for any build.
 */
import type { Page } from 'playwright-core';

export interface FirstScreen {
  /** Top of <main>. */
  main: number;
  /** Bottom edges; undefined when the page has no such element. */
  title?: number;
  openNow?: number;
  fee?: number;
  duration?: number;
  delivery?: number;
  /** The first search field in view without opening anything, and the phone header's search button. */
  searchBox?: number;
  searchButton?: number;
  /** How far the page scrolls sideways (0: it fits the viewport). */
  overflowX: number;
}

/** What is measured: the first element shown of each list of selectors. */
const TARGETS = {
  title: ['main h1'],
  openNow: ['main open-now'],
  fee: ['main [data-key-facts] [data-fee]', 'main [data-fee]'],
  duration: ['main [data-duration]'],
  delivery: ['main [data-fact="delivery"]'],
  searchBox: ['header input[type=search], main input[type=search]'],
  searchButton: ['[data-header-panel] summary'],
};

/** Measures the page as loaded, scrolled to the top. */
export async function measureFirstScreen(page: Page): Promise<FirstScreen> {
  // Written without inner named functions: tsx would wrap them in a helper the page lacks.
  const { bottoms, main, overflowX } = await page.evaluate((targets) => {
    window.scrollTo(0, 0);
    const found: Record<string, number | undefined> = {};
    for (const [name, selectors] of Object.entries(targets))
      for (const selector of selectors) {
        const el = [...document.querySelectorAll(selector)].find(
          // Not inside a closed <details>, not display:none, not visibility:hidden.
          (e) => e.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }),
        );
        if (el && found[name] === undefined) found[name] = Math.round(el.getBoundingClientRect().bottom);
      }
    return {
      bottoms: found,
      main: Math.round(document.querySelector('main')?.getBoundingClientRect().top ?? Number.NaN),
      overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  }, TARGETS);
  return { main, ...bottoms, overflowX };
}
