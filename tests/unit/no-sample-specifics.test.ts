/**
 * The kit is reusable by any MPP only if nothing about this one lives in code: no place name,
 * no entry or category slug, no time zone. The words to look for are read from the MPP's own
 * content, so the test keeps working after a swap. `tests/build/second-mpp.test.ts` proves the
 * same from the other side, by building a different MPP.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSlugs as slugsOf, regionalWords as wordsOf } from '../sample-specifics';

const root = join(import.meta.dirname, '../..');
const regionalWords = () => wordsOf(root);
const contentSlugs = () => slugsOf(root);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : [full];
  });
}

/** Code without its comments, which may use sample names as examples. */
const codeOf = (text: string) =>
  text
    .split('\n')
    .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
    .join('\n');

/**
 * Words that are sample slugs but mean something else in code: the guide's "Pengaduan" section
 * anchor (`#pengaduan`) happens to share its name with the sample's complaints page.
 */
const NOT_SLUGS = new Set(["'pengaduan'", '"pengaduan"']);

/** The only files that may name time zones: the schema's list of choices and their labels. */
const ZONE_FILES = ['src/model/site.ts', 'src/i18n/id.ts'];

describe('src/ holds nothing specific to one MPP', () => {
  it('derives a meaningful word list from settings', () => {
    expect(regionalWords().length).toBeGreaterThanOrEqual(4);
  });

  it('mentions none of the words in any source file', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8').toLowerCase();
      for (const word of regionalWords()) if (text.includes(word.toLowerCase())) offenders.push(`${file}: "${word}"`);
    }
    expect(offenders).toEqual([]);
  });

  it('names no entry or category of the sample content as a string or path', () => {
    const slugs = contentSlugs();
    expect(slugs.length).toBeGreaterThan(20);
    const offenders: string[] = [];
    for (const file of sourceFiles(join(root, 'src'))) {
      const code = codeOf(readFileSync(file, 'utf8'));
      for (const slug of slugs)
        for (const quoted of [`'${slug}'`, `"${slug}"`, `\`${slug}\``, `/${slug}/`])
          if (code.includes(quoted) && !NOT_SLUGS.has(quoted)) offenders.push(`${relative(root, file)}: ${quoted}`);
    }
    expect(offenders).toEqual([]);
  });

  it('fixes no time zone outside the schema and its labels', () => {
    const offenders = sourceFiles(join(root, 'src'))
      .map((file) => relative(root, file))
      .filter((file) => !ZONE_FILES.includes(file))
      .filter((file) => /Asia\/|[+-]0?[789]:00|\b[789] \* 3600/.test(codeOf(readFileSync(join(root, file), 'utf8'))));
    expect(offenders).toEqual([]);
  });

  it('contains no phone numbers', () => {
    const phone = /(?:\+62|\b0)8\d{2}[- ]?\d{3,4}[- ]?\d{3,4}\b|\(0\d{2,3}\)\s?\d{5,8}/;
    const offenders = sourceFiles(join(root, 'src')).filter((file) => phone.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
