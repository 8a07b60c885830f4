/**
 * The content-health report: its pure parts on named cases, and its counts on the sample
 * content, read from content/ as `npm run content:report` reads it, on the test build date.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readEntries } from '../../src/lib/content-check';
import {
  contentHealth,
  externalLinks,
  formatReport,
  reportAgency,
  reportGuide,
  imagesWithoutAlt,
  totals,
  type ReportGuide,
} from '../../src/lib/content-report';

const root = join(import.meta.dirname, '../..');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** The day tests build for (tests/build-site.ts), so the overdue count does not drift. */
const TODAY = day('2026-11-28');

describe('what the report looks for', () => {
  it('counts images without alternative text, in Markdown and HTML', () => {
    expect(imagesWithoutAlt('![Loket Disdukcapil](/a.jpg) ![](/b.jpg) ![ ](/c.jpg)')).toBe(2);
    expect(imagesWithoutAlt('<img src="a.jpg"> <img src="b.jpg" alt=""> <img alt="Pintu masuk" src="c.jpg">')).toBe(2);
    expect(imagesWithoutAlt('Tanpa gambar.')).toBe(0);
  });

  it('finds external links once each, without trailing punctuation', () => {
    expect(
      externalLinks('Daftar di [OSS](https://oss.go.id), lalu https://oss.go.id. Lihat juga /layanan/nib/.'),
    ).toEqual(['https://oss.go.id']);
  });

  it('counts per agency, and leaves broken links unknown unless they were checked', () => {
    const guide = (id: string, over: Partial<ReportGuide>): ReportGuide => ({
      id,
      agency: 'a',
      verified: false,
      lastReviewed: day('2026-11-01'),
      feeStatus: 'gratis',
      aliases: ['kata'],
      body: '',
      links: [],
      ...over,
    });
    const input = {
      agencies: [
        { id: 'a', name: 'Dinas A', verified: true, lastReviewed: day('2024-01-01'), body: '![](/x.png)', links: [] },
        { id: 'b', name: 'Dinas B', verified: false, body: '', links: [] },
      ],
      guides: [
        guide('satu', { verified: true, lastReviewed: day('2025-01-01'), links: ['https://rusak.example'] }),
        guide('dua', { feeStatus: 'belum-dikonfirmasi', aliases: [] }),
        guide('tiga', { agency: 'b' }),
      ],
      today: TODAY,
      reviewMonths: 12,
    };
    const rows = contentHealth(input);
    expect(rows[0]).toEqual({
      agency: 'a',
      name: 'Dinas A',
      guides: 2,
      unverified: 1,
      overdue: 1,
      feeUnconfirmed: 1,
      missingAliases: 1,
      imagesWithoutAlt: 1,
      pageVerified: true,
      pageOverdue: true,
    });
    expect(rows[1]).toMatchObject({ guides: 1, unverified: 1, overdue: 0, pageVerified: false, pageOverdue: true });
    expect(totals(rows).brokenLinks).toBeUndefined();
    const checked = contentHealth({ ...input, broken: new Set(['https://rusak.example']) });
    expect(checked.map((row) => row.brokenLinks)).toEqual([1, 0]);
    expect(formatReport(checked).split('\n').at(-1)).toMatch(
      /^Jumlah +3 +2 +1 +1 +1 +1 +1 +1 belum dikonfirmasi, 2 perlu ditinjau$/,
    );
  });
});

describe('the report on the sample content', () => {
  const [site] = readEntries(root, 'site');
  const agencies = readEntries(root, 'agencies').map(reportAgency);
  const guides = readEntries(root, 'services')
    .filter((s) => !s.data.draft)
    .map(reportGuide);
  const rows = contentHealth({ agencies, guides, today: TODAY, reviewMonths: site.data.reviewPeriodMonths });
  const row = (id: string) => rows.find((r) => r.agency === id);

  it('totals what the comms team tracks', () => {
    expect(totals(rows)).toEqual({
      guides: 34,
      unverified: 34,
      overdue: 10,
      feeUnconfirmed: 10,
      missingAliases: 0,
      imagesWithoutAlt: 0,
      pagesUnverified: 12,
      pagesOverdue: 0,
    });
  });

  it('has one row per agency, with its own guides', () => {
    expect(rows).toHaveLength(12);
    expect(row('disdukcapil')).toMatchObject({ guides: 7, unverified: 7, overdue: 5, feeUnconfirmed: 0 });
    expect(row('kesbangpol')).toMatchObject({ guides: 2, overdue: 0, feeUnconfirmed: 2 });
    expect(row('dpmptsp')).toMatchObject({ guides: 4, overdue: 3, feeUnconfirmed: 1 });
  });
});
