/**
 * The shape of every built page: nothing after `</html>` (a stray tag there is a fatal error
 * to an HTML checker), and headings that form an outline screen-reader users can move by —
 * one h1, never a skipped level on the way down (h1 → h3 hides a level).
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, inject, it } from 'vitest';
import { fileFor, htmlPages } from '../../scripts/lib/dist-pages';

/** Problems in one page's heading outline. */
function outlineProblems(html: string): string[] {
  const { document } = parseHTML(html);
  // A dialog has its own outline and is hidden until opened (the header's search dialog).
  const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
    .filter((h) => !h.closest('dialog'))
    .map((h) => Number(h.tagName[1]));
  const problems: string[] = [];
  if (levels.filter((level) => level === 1).length !== 1) problems.push(`${levels.filter((l) => l === 1).length} h1`);
  levels.forEach((level, i) => {
    const previous = i === 0 ? 0 : levels[i - 1];
    if (level > previous + 1) problems.push(`h${previous} → h${level}`);
  });
  return problems;
}

describe('heading outline', () => {
  it('catches a skipped level', () => {
    expect(outlineProblems('<h1>A</h1><h3>B</h3>')).toEqual(['h1 → h3']);
    expect(outlineProblems('<h1>A</h1><h2>B</h2><h3>C</h3><h2>D</h2>')).toEqual([]);
    expect(outlineProblems('<dialog><h2>Cari</h2></dialog><h1>A</h1><h2>B</h2>')).toEqual([]);
  });

  it('has one h1 and no skipped level on any page', () => {
    const dist = inject('distDir');
    const pages = htmlPages(dist).filter((path) => !path.startsWith('/admin/'));
    expect(pages.length).toBeGreaterThan(50);
    const bad = pages.flatMap((path) =>
      outlineProblems(readFileSync(fileFor(dist, path), 'utf8')).map((problem) => `${path}: ${problem}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('document end', () => {
  it('has nothing after </html> on any page', () => {
    const dist = inject('distDir');
    const bad = htmlPages(dist).filter((path) => !/<\/html>\s*$/.test(readFileSync(fileFor(dist, path), 'utf8')));
    expect(bad).toEqual([]);
  });
});
