/**
 * Colours come from one list, src/styles/tokens.ts, and every text/background pair the site
 * uses keeps WCAG 2.2 AA contrast (4.5:1 for text, 3:1 for the focus ring, marks and borders
 * that carry meaning). The list is checked against `@theme` in global.css, and no hex colour
 * may appear anywhere else in src/, so changing a colour means changing it here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_COLORS } from '../../src/lib/campaign-card';
import { COLORS, type ColorName } from '../../src/styles/tokens';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const css = read('src/styles/global.css');
const theme = /@theme\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The classes of the floor plan's areas, read from the component (labels are ink on each). */
const floorPlan = read('src/components/FloorPlan.astro');
const planFills = [...new Set([...floorPlan.matchAll(/\bfill-([a-z]+(?:-[a-z0-9]+)*)/g)].map((m) => m[1]))].filter(
  (name) => name !== 'ink',
) as ColorName[];

/** [foreground, background, minimum ratio, where it is used] */
const PAIRS: [ColorName, ColorName, number, string][] = [
  ['ink', 'white', 4.5, 'body text'],
  ['muted', 'white', 4.5, 'secondary text'],
  ['muted', 'surface', 4.5, 'secondary text on grey panels'],
  ['ink', 'surface', 4.5, 'footer and panels'],
  ['link', 'white', 4.5, 'links'],
  ['link', 'surface', 4.5, 'links in the footer'],
  ['link-visited', 'white', 4.5, 'visited links'],
  ['link-visited', 'surface', 4.5, 'visited links in the footer'],
  ['white', 'brand-700', 4.5, 'primary buttons'],
  ['white', 'brand-800', 4.5, 'navigation, campaign hero and poster'],
  ['white', 'brand-900', 4.5, 'current navigation item'],
  ['brand-800', 'white', 4.5, 'secondary buttons'],
  ['brand-800', 'brand-50', 4.5, 'secondary buttons on hover'],
  ['ink', 'brand-50', 4.5, 'announcement and home hero'],
  ['link', 'brand-50', 4.5, 'links in the announcement'],
  ['link-visited', 'brand-50', 4.5, 'visited links in the announcement'],
  ['ink', 'brand-100', 4.5, 'urgent announcement'],
  ['link', 'brand-100', 4.5, 'links in the urgent announcement'],
  ['link-visited', 'brand-100', 4.5, 'visited links in the urgent announcement'],
  ['link', 'warn-50', 4.5, 'links in the important announcement'],
  ['link-visited', 'warn-50', 4.5, 'visited links in the important announcement'],
  ['ok-800', 'ok-50', 4.5, '"Gratis" badge'],
  ['warn-800', 'warn-50', 4.5, '"Berbayar" badge and notices'],
  ['ink', 'warn-50', 4.5, 'unverified notice text and search highlights'],
  ['ink', 'focus', 4.5, 'skip link'],
  ['ink', 'white', 3, 'focus outline against the page'],
  ['focus', 'ink', 3, 'focus halo against the outline'],
  ['muted', 'white', 3, '"belum dikonfirmasi" badge ring and floor-plan outlines'],
  ['white', 'brand-700', 3, 'logo mark on its tile'],
  ...planFills.map((fill): [ColorName, ColorName, number, string] => ['ink', fill, 4.5, `floor-plan label on ${fill}`]),
  [CARD_COLORS.text, CARD_COLORS.background, 4.5, 'campaign card title and message'],
  [CARD_COLORS.footerText, CARD_COLORS.footer, 4.5, 'campaign card site name'],
  [CARD_COLORS.footerUrl, CARD_COLORS.footer, 4.5, 'campaign card address'],
  [CARD_COLORS.logoMark, CARD_COLORS.logoTile, 3, 'campaign card logo mark'],
  [CARD_COLORS.logoTile, CARD_COLORS.background, 3, 'campaign card logo tile'],
];

describe('design token contrast', () => {
  it.each(PAIRS)('%s on %s ≥ %s:1 (%s)', (fg, bg, min) => {
    expect(contrast(COLORS[fg], COLORS[bg])).toBeGreaterThanOrEqual(min);
  });

  it('finds the floor plan colours it checks', () => {
    expect(planFills).toEqual(expect.arrayContaining(['brand-50', 'warn-50', 'white', 'ok-50', 'surface', 'focus']));
    expect(floorPlan).toMatch(/<text[^>]*class="fill-ink"/);
  });

  it('checks every colour the site paints text or a ground with', () => {
    const used = new Set<string>();
    for (const file of sourceFiles()) {
      const text = read(file);
      for (const [, name] of text.matchAll(/\b(?:bg|text|fill|stroke|ring)-([a-z]+(?:-[a-z0-9]+)*)/g)) used.add(name);
      for (const [, name] of text.matchAll(/var\(--color-([a-z0-9-]+)\)/g)) used.add(name);
    }
    const checked = new Set<string>(PAIRS.flatMap(([fg, bg]) => [fg, bg]));
    // `line` draws only decorative borders (cards, list rules), which need no contrast.
    const unchecked = Object.keys(COLORS).filter((name) => used.has(name) && name !== 'line' && !checked.has(name));
    expect(unchecked).toEqual([]);
  });

  it('fails a pair that is too pale, so the check itself works', () => {
    expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});

/** Source files under src/ (the place colours could hide). */
function sourceFiles(dir = join(root, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(astro|ts|tsx|mts|js|mjs|css|svg|html)$/.test(entry.name) ? [relative(root, path)] : [];
  });
}

/** A hex colour such as #a61b1b or #fff (not a character reference like &#169;). */
const HEX_COLOR = /(?<![&\w])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])/gi;

/** Files that may write hex colours, and why. */
const HEX_ALLOWED: Record<string, string> = {
  'src/styles/tokens.ts': 'the colour list itself',
  // QR codes are printed and scanned: they stay pure black on white, whatever the palette.
  'src/lib/qr.ts': 'black and white QR modules',
};

describe('one list of colours', () => {
  it('@theme in global.css holds exactly the colours of tokens.ts', () => {
    const themed = Object.fromEntries(
      [...theme.matchAll(/--color-([a-z0-9-]+):\s*([^;]+);/g)].map(([, name, value]) => [
        name,
        value.trim().toLowerCase(),
      ]),
    );
    expect(themed).toEqual(COLORS);
  });

  it('has no hex colour in src/ outside the token list', () => {
    const found = sourceFiles()
      .filter((file) => !(file in HEX_ALLOWED))
      .flatMap((file) => {
        // global.css may define colours in @theme only.
        const text = file === 'src/styles/global.css' ? css.replace(theme, '') : read(file);
        return [...text.matchAll(HEX_COLOR)].map((match) => `${file}: ${match[0]}`);
      });
    expect(found).toEqual([]);
  });

  it('the favicon uses the palette too', () => {
    const full = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex);
    const palette: string[] = Object.values(COLORS);
    for (const [hex] of read('public/favicon.svg').matchAll(HEX_COLOR))
      expect(palette).toContain(full(hex.toLowerCase()));
  });

  it('finds a hex colour where one is written, so the check itself works', () => {
    expect('fill="#a61b1b" stroke="#FFF"'.match(HEX_COLOR)).toEqual(['#a61b1b', '#FFF']);
    expect('&#169; href="#isi" #denah-judul'.match(HEX_COLOR)).toBeNull();
  });
});
