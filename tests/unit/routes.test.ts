import { describe, expect, it } from 'vitest';
import { absoluteUrl, paginate, pagedPaths, paths } from '../../src/lib/routes';
import { formatDate, formatRange } from '../../src/lib/format';

describe('paths', () => {
  it('builds Indonesian URLs with a trailing slash', () => {
    expect(paths.service('ktp-el-baru')).toBe('/layanan/ktp-el-baru/');
    expect(paths.news(1)).toBe('/berita/');
    expect(paths.news(3)).toBe('/berita/halaman/3/');
    expect(absoluteUrl(paths.booth('g-01'), 'https://mpp.example')).toBe('https://mpp.example/umkm/g-01/');
  });
});

describe('paginate', () => {
  it('splits into pages and keeps the remainder', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.every((p) => p.pageCount === 3)).toBe(true);
  });
  it('yields one empty page for an empty list', () =>
    expect(paginate([], 10)).toEqual([{ items: [], page: 1, pageCount: 1 }]));
});

describe('pagedPaths', () => {
  it('gives page 1 no page parameter and each later page the path that paths.* links to', () => {
    const entries = pagedPaths(paginate(['a', 'b', 'c'], 1), { tag: 'ktp' }, { heading: 'KTP' });
    expect(entries.map((e) => e.params)).toEqual([
      { tag: 'ktp', page: undefined },
      { tag: 'ktp', page: 'halaman/2' },
      { tag: 'ktp', page: 'halaman/3' },
    ]);
    for (const { params, props } of entries) {
      // The URL Astro builds from `[tag]/[...page]` is the one every pager links to.
      const built = `/berita/tag/${params.tag}/${params.page ? `${params.page}/` : ''}`;
      expect(built).toBe(paths.newsTag('ktp', props.pagination.page));
      expect(props.heading).toBe('KTP');
    }
  });
});

describe('Indonesian dates', () => {
  const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
  it('formats a date', () => expect(formatDate(d('2025-02-03'))).toBe('3 Februari 2025'));
  it('formats a range within one month', () =>
    expect(formatRange(d('2025-02-03'), d('2025-02-24'))).toBe('3–24 Februari 2025'));
  it('formats a range across months', () =>
    expect(formatRange(d('2026-11-01'), d('2026-12-31'))).toBe('1 November – 31 Desember 2026'));
  it('formats a range across years', () =>
    expect(formatRange(d('2026-12-07'), d('2027-01-08'))).toBe('7 Desember 2026 – 8 Januari 2027'));
});
