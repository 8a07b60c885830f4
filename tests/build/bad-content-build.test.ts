/**
 * What only a real build proves about bad content: the build stops, its output names the file
 * and the field, dist/ keeps the previous build and no staging folder is left behind. One case
 * per kind of failure: a schema rule (Astro's content loader), the rules site-data.ts runs
 * (cross-entry and calendar, reported together), MDX that cannot be compiled, and an image file
 * that does not exist. Every other case is checked without a build in tests/unit/bad-content.test.ts.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { dump, load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check';
import { KTP, NEWS, badContentCases } from '../bad-content-cases';
import { astroBuild, projectCopy, projectRoot } from '../build-site';

const sampleCase = (name: string) => {
  const found = badContentCases.find((c) => c.name === name);
  if (!found) throw new Error(`no bad-content case named "${name}"`);
  return found;
};

interface BuildCase {
  name: string;
  apply: (root: string) => void;
  /** What the output must name: the file and the field (or, for MDX, the line and column). */
  named: (string | RegExp)[];
  /** Whether the output must carry checkContent()'s own lines, word for word. */
  sameLines: boolean;
}

const cases: BuildCase[] = [
  {
    name: 'a schema rule: online-first service without a booking link',
    apply: sampleCase('online-first service without a booking link').apply,
    named: ['services/ktp-el-baru.mdx', 'bookingUrl'],
    sameLines: false,
  },
  {
    name: 'rules across entries and calendar dates: missing service, impossible holiday',
    apply: (root) => {
      sampleCase('journey step pointing at a missing service').apply(root);
      sampleCase('impossible holiday date').apply(root);
    },
    named: ['content/journeys/kelahiran.mdx', 'steps[0].service', 'content/settings/closures.yml', 'closures[0].date'],
    sameLines: true,
  },
  {
    name: 'MDX that cannot be compiled',
    apply: (root) =>
      writeFileSync(join(root, KTP), `${readFileSync(join(root, KTP), 'utf8')}\nBiaya <50 ribu {gratis\n`),
    named: [/ktp-el-baru\.mdx:\d+:\d+/],
    sameLines: false,
  },
  {
    name: 'a cover image that does not exist',
    apply: (root) => {
      const [, yaml, ...body] = readFileSync(join(root, NEWS), 'utf8').split(/^---$/m);
      const data = load(yaml) as Record<string, unknown>;
      data.cover = { src: '../uploads/tidak-ada.jpg', alt: 'Foto' };
      writeFileSync(join(root, NEWS), `---\n${dump(data)}---${body.join('---')}`);
    },
    named: ['news/uji-coba-mpp-ogan-ilir.mdx', 'cover.src'],
    sameLines: false,
  },
];

describe('bad content stops the build', () => {
  let copy: Awaited<ReturnType<typeof projectCopy>>;
  const sentinel = '<!doctype html><title>previous good build</title>';

  beforeAll(async () => {
    copy = await projectCopy();
  });
  afterAll(() => copy?.dispose());

  it.each(cases)('$name', async ({ apply, named, sameLines }) => {
    const { root } = copy;
    rmSync(join(root, 'content'), { recursive: true, force: true });
    cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
    mkdirSync(join(root, 'dist'), { recursive: true });
    writeFileSync(join(root, 'dist/index.html'), sentinel);
    apply(root);

    const result = await astroBuild(root);
    expect(result.ok, 'the build should have failed').toBe(false);
    const output = stripVTControlCharacters(result.output);
    for (const name of named) {
      if (typeof name === 'string') expect(output).toContain(name);
      else expect(output).toMatch(name);
    }
    if (sameLines) {
      const lines = checkContent(root);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(output).toContain(line);
    }
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8'), 'dist/ must keep the previous build').toBe(sentinel);
    const leftovers = existsSync(join(root, '.tmp')) ? readdirSync(join(root, '.tmp')) : [];
    expect(leftovers, 'no staging folder may remain').toEqual([]);
  });
});
