/**
 * The rules that keep every list page short however much content there is: A–Z pages with
 * a letter index, category, tag and booth-status pages.
 */
import { describe, expect, it } from 'vitest';
import {
  SERVICE_AZ_PAGE_SIZE,
  SERVICE_CARDS_PER_PAGE,
  azPages,
  categoryPages,
  groupByInitial,
  initialAnchor,
  initialIndex,
  initialOf,
} from '../../src/lib/service-lists';
import { NEWS_PAGE_SIZE, tagPages } from '../../src/lib/news';
import { BOOTH_STATUS_PAGE_SIZE, boothGroups, boothStatusPages } from '../../src/lib/booth-lists';
import { paths } from '../../src/lib/routes';

const service = (title: string, category = 'kependudukan') => ({ id: title, data: { title, category } });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('initials', () => {
  it('files a title under its first letter, ignoring case, accents and leading symbols', () => {
    expect(initialOf('e-KTP hilang')).toBe('E');
    expect(initialOf('“Akta” kelahiran')).toBe('A');
    expect(initialOf('Électricité')).toBe('E');
    expect(initialOf('112 Darurat')).toBe('0–9');
  });
  it('gives each initial an ASCII anchor', () => {
    expect(initialAnchor('P')).toBe('huruf-p');
    expect(initialAnchor('0–9')).toBe('angka');
  });
  it('groups a page by initial in list order', () => {
    const groups = groupByInitial([service('Akta'), service('Akte'), service('Kartu'), service('KTP')]);
    expect(groups.map((g) => [g.initial, g.items.length])).toEqual([
      ['A', 2],
      ['K', 2],
    ]);
  });
});

describe('A–Z pages', () => {
  const titles = Array.from(
    { length: 250 },
    (_, i) => `${i < 10 ? 'Akta' : i < 240 ? 'Pendaftaran' : 'Surat'} ${1000 + i}`,
  );
  const pages = azPages(titles.map((title) => service(title)));

  it('split the list into pages of a fixed size, every service once', () => {
    expect(pages.map((p) => p.items.length)).toEqual([SERVICE_AZ_PAGE_SIZE, SERVICE_AZ_PAGE_SIZE, 50]);
    expect(pages.flatMap((p) => p.items.map((s) => s.data.title))).toEqual(titles);
  });

  it('link each initial to the first page where it appears', () => {
    expect(initialIndex(pages)).toEqual([
      { initial: 'A', href: `${paths.services()}#huruf-a` },
      { initial: 'P', href: `${paths.services()}#huruf-p` },
      { initial: 'S', href: `${paths.services(3)}#huruf-s` },
    ]);
  });
});

describe('category pages', () => {
  it('page each category that has services and skip the empty ones', () => {
    const services = [
      ...Array.from({ length: SERVICE_CARDS_PER_PAGE + 1 }, (_, i) => service(`A${i}`, 'kendaraan')),
      service('B', 'listrik'),
    ];
    const pages = categoryPages([{ id: 'kendaraan' }, { id: 'sosial' }, { id: 'listrik' }], services);
    expect(pages.map((p) => [p.category.id, p.pagination.page, p.pagination.items.length])).toEqual([
      ['kendaraan', 1, SERVICE_CARDS_PER_PAGE],
      ['kendaraan', 2, 1],
      ['listrik', 1, 1],
    ]);
  });
});

describe('tag pages', () => {
  it('page each tag like the news list', () => {
    const items = Array.from({ length: NEWS_PAGE_SIZE + 2 }, (_, i) => ({
      data: { tags: i % 2 ? ['mpp'] : ['mpp', 'umkm'] },
    }));
    const pages = tagPages(items);
    expect(pages.map((p) => [p.tag, p.pagination.page, p.pagination.items.length])).toEqual([
      ['mpp', 1, NEWS_PAGE_SIZE],
      ['mpp', 2, 2],
      ['umkm', 1, (NEWS_PAGE_SIZE + 2) / 2],
    ]);
    expect(paths.newsTag('mpp', 2)).toBe('/berita/tag/mpp/halaman/2/');
  });
});

describe('booth lists', () => {
  const booth = (code: string, start: string, end: string) => ({
    data: { code, schedule: [{ start: day(start), end: day(end) }] },
  });
  const today = day('2026-11-28');
  const booths = [
    booth('G-10', '2026-11-01', '2026-11-30'),
    booth('G-2', '2026-11-15', '2026-12-15'),
    booth('G-03', '2027-02-01', '2027-02-28'),
    booth('G-04', '2027-01-01', '2027-01-31'),
    booth('G-05', '2025-01-01', '2025-01-31'),
    booth('G-06', '2026-10-01', '2026-10-31'),
  ];

  it('put the most useful booths of each status first', () => {
    expect(boothGroups(booths, today).map((g) => [g.status, g.booths.map((b) => b.data.code)])).toEqual([
      ['aktif', ['G-2', 'G-10']],
      ['akan-datang', ['G-04', 'G-03']],
      ['selesai', ['G-06', 'G-05']],
    ]);
  });

  it('page every status', () => {
    const many = Array.from({ length: BOOTH_STATUS_PAGE_SIZE + 5 }, (_, i) =>
      booth(`G-${100 + i}`, '2025-01-01', '2025-01-31'),
    );
    const pages = boothStatusPages(many, today);
    expect(pages.map((p) => [p.status, p.pagination.page, p.pagination.items.length])).toEqual([
      ['selesai', 1, BOOTH_STATUS_PAGE_SIZE],
      ['selesai', 2, 5],
    ]);
    expect(paths.boothStatus('selesai', 2)).toBe('/umkm/status/selesai/halaman/2/');
  });
});
