import { describe, expect, it } from 'vitest';
import { fill } from '../../src/i18n/fill';
import { t } from '../../src/i18n/id';

/** Every string of the interface, by its key path. */
function strings(node: object, path = 't'): [string, string][] {
  return Object.entries(node).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${path}.${key}`, value]] : strings(value as object, `${path}.${key}`),
  );
}

describe('interface text', () => {
  it('fills every placeholder, numbers included', () => {
    expect(fill(t.booths.seeAll, { status: 'Aktif', count: 31 })).toBe('Lihat semua gerai berstatus “Aktif” (31)');
    expect(fill(t.search.count, { shown: 6, total: 120 })).toBe('Menampilkan 6 dari 120 hasil');
    expect(fill('Loket {counter}, loket {counter}', { counter: 3 })).toBe('Loket 3, loket 3');
  });

  it('refuses, at compile time, a missing or unknown placeholder', () => {
    // @ts-expect-error `total` is missing
    expect(fill(t.search.count, { shown: 6 })).toBe('Menampilkan 6 dari {total} hasil');
    // @ts-expect-error `agency` is not a placeholder of this string
    expect(fill(t.booths.filterCount, { shown: 2, agency: 'x' })).toBe('2 gerai ditampilkan');
  });

  it('writes placeholders only as {name}, so fill() finds them all', () => {
    const stray = strings(t).filter(([, text]) => /[{}]/.test(text.replace(/\{\w+\}/g, '')));
    expect(stray).toEqual([]);
  });
});
