/**
 * The design tokens keep WCAG 2.2 AA contrast for every text/background pair the site uses
 * (4.5:1 for text, 3:1 for the focus ring and borders that carry meaning). Values are read
 * from src/styles/global.css, so changing a colour there is checked here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(join(import.meta.dirname, '../../src/styles/global.css'), 'utf8');
const token = (name: string): string => {
  if (name === 'white') return '#ffffff';
  const match = new RegExp(`--color-${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css);
  if (!match) throw new Error(`token --color-${name} not found in global.css`);
  return match[1];
};

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

/** [foreground, background, minimum ratio, where it is used] */
const PAIRS: [string, string, number, string][] = [
  ['ink', 'white', 4.5, 'body text'],
  ['muted', 'white', 4.5, 'secondary text'],
  ['muted', 'surface', 4.5, 'secondary text on grey panels'],
  ['ink', 'surface', 4.5, 'footer and panels'],
  ['link', 'white', 4.5, 'links'],
  ['link', 'surface', 4.5, 'links in the footer'],
  ['link-visited', 'white', 4.5, 'visited links'],
  ['white', 'brand-700', 4.5, 'primary buttons'],
  ['white', 'brand-800', 4.5, 'navigation and campaign hero'],
  ['white', 'brand-900', 4.5, 'current navigation item'],
  ['brand-800', 'white', 4.5, 'secondary buttons'],
  ['ink', 'brand-50', 4.5, 'announcement and home hero'],
  ['link', 'brand-50', 4.5, 'links in the announcement'],
  ['ink', 'brand-100', 4.5, 'urgent announcement'],
  ['ok-800', 'ok-50', 4.5, '"Gratis" badge'],
  ['warn-800', 'warn-50', 4.5, '"Berbayar" badge and notices'],
  ['ink', 'warn-50', 4.5, 'unverified notice text'],
  ['ink', 'focus', 4.5, 'skip link'],
  ['ink', 'white', 3, 'focus outline against the page'],
  ['focus', 'ink', 3, 'focus halo against the outline'],
];

describe('design token contrast', () => {
  it.each(PAIRS)('%s on %s ≥ %s:1 (%s)', (fg, bg, min) => {
    expect(contrast(token(fg), token(bg))).toBeGreaterThanOrEqual(min);
  });

  it('fails a pair that is too pale, so the check itself works', () => {
    expect(contrast('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });
});
