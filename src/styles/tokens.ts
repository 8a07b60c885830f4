/**
 * The site's colours: the one list. `global.css` repeats them in `@theme` so Tailwind can make
 * classes of them (tests/unit/contrast.test.ts fails if the two differ, if a text/background
 * pair falls below WCAG AA, or if a hex colour appears anywhere else in `src/`). Code that draws
 * without the site's CSS (the campaign card PNG, the browser's theme colour) reads them here.
 */
export const COLORS = {
  'brand-50': '#fdf2f2',
  'brand-100': '#fbe0e0',
  'brand-700': '#a61b1b',
  'brand-800': '#8a1515',
  'brand-900': '#5c0e0e',
  ink: '#1b1b1f',
  muted: '#4a4a55',
  line: '#c9c9d1',
  surface: '#f4f4f6',
  focus: '#ffbf47',
  'ok-50': '#ecf7ef',
  'ok-800': '#14532d',
  'warn-50': '#fff7e0',
  'warn-800': '#6b4500',
  link: '#1d4ed8',
  'link-visited': '#5b21b6',
  white: '#ffffff',
} as const;

/** A colour's name, as in the `--color-<name>` CSS variable and the `bg-<name>` class. */
export type ColorName = keyof typeof COLORS;
