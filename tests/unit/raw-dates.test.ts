import { describe, expect, it } from 'vitest';
import { impossibleDates, isCalendarDate, yamlPart } from '../../src/lib/raw-dates';

describe('impossible dates', () => {
  it('knows real days from impossible ones', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2025-04-31')).toBe(false);
  });
  it('finds them anywhere in frontmatter, with the field path', () => {
    const yaml = 'title: x\nschedule:\n  - start: 2025-03-01\n    end: 2025-02-30\n';
    expect(impossibleDates(yaml)).toEqual([{ field: 'schedule[0].end', value: '2025-02-30' }]);
  });
  it('extracts frontmatter from MDX and takes YAML files whole', () => {
    expect(yamlPart('---\na: 1\n---\nbody', 'x.mdx')).toBe('a: 1');
    expect(yamlPart('a: 1\n', 'content/settings/site.yml')).toBe('a: 1\n');
  });
  it('leaves malformed YAML to the content loader', () => expect(impossibleDates('a: [')).toEqual([]));
});
