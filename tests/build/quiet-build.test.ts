/**
 * A normal build prints what a person needs — the pages, the time, warnings that mean
 * something — so that a real problem is not buried under known-harmless noise.
 */
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, inject, it } from 'vitest';

describe('the build of the sample site', () => {
  const output = stripVTControlCharacters(inject('buildOutput'));

  it('reports its pages and where the site is', () => {
    expect(output).toMatch(/\d+ page\(s\) built in/);
    expect(output).toContain('Site ready in');
  });

  it('prints no warning', () => {
    const warnings = output.split('\n').filter((line) => /\[WARN\]|\bwarn(ing)?\b:|\bdeprecated\b/i.test(line));
    expect(warnings).toEqual([]);
  });
});
