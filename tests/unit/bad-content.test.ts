/**
 * Bad content is caught by the same rules the build runs (schemas, cross-entry rules, calendar
 * dates), here without a build: each named case edits a copy of the sample content and must
 * produce exactly its problem lines, file and field named. What only the build can prove (it
 * stops, keeps dist/, names the problem in its output) is in tests/build/bad-content-build.test.ts.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { badContentCases } from '../bad-content-cases';
import { projectRoot } from '../build-site';

/**
 * A project folder holding a fresh copy of content/ from `from` and the project's own src/ and
 * public/ (linked: they decide which page addresses are taken), removed after `use`.
 */
function withContentCopy<T>(from: string, use: (root: string) => T): T {
  const root = mkdtempSync(join(tmpdir(), 'portal-mpp-content-'));
  try {
    cpSync(join(from, 'content'), join(root, 'content'), { recursive: true });
    for (const dir of ['src', 'public']) symlinkSync(join(projectRoot, dir), join(root, dir), 'dir');
    return use(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('content the build accepts', () => {
  it('the sample content has no problem', () => {
    expect(checkContent(projectRoot)).toEqual([]);
  });
  it('the second MPP fixture has no problem', () => {
    expect(withContentCopy(join(projectRoot, 'tests/fixtures/second-mpp'), (root) => checkContent(root))).toEqual([]);
  });
  it('a draft may point at a draft outside production', () => {
    const problems = withContentCopy(projectRoot, (root) => {
      badContentCases.find((c) => c.name.startsWith('service made a draft'))?.apply(root);
      return checkContent(root, { production: false });
    });
    expect(problems).toEqual([]);
  });
});

describe('bad content is reported with its file and field', () => {
  it.each(badContentCases)('$name', ({ apply, problems }) => {
    expect(withContentCopy(projectRoot, (root) => (apply(root), checkContent(root)))).toEqual(problems);
  });
});
