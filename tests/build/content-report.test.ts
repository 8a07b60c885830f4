/**
 * The build writes the content-health report into /admin/ for the comms team: not indexed, one
 * row per agency, totals that agree with `npm run content:report`, and no link checked.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot, TEST_BUILD_DATE } from '../build-site';
import { contentIds } from '../content-entries';
import { readEntries } from '../../src/lib/content-check';
import { contentHealth, REPORT_COLUMNS, reportAgency, reportGuide, totals } from '../../src/lib/content-report';
import { loadPage } from '../../scripts/lib/dist-pages';

let doc: Document;
beforeAll(() => {
  doc = loadPage(inject('distDir'), '/admin/laporan-konten/');
});

describe('/admin/laporan-konten/', () => {
  it('is kept out of search engines', () => {
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('has a row per agency and the same totals as the command-line report', () => {
    expect(doc.querySelectorAll('[data-content-report] tbody tr').length).toBe(
      contentIds(projectRoot, 'agencies').length,
    );
    const [site] = readEntries(projectRoot, 'site');
    const sum = totals(
      contentHealth({
        agencies: readEntries(projectRoot, 'agencies').map(reportAgency),
        guides: readEntries(projectRoot, 'services')
          .filter((s) => !s.data.draft)
          .map(reportGuide),
        today: new Date(`${TEST_BUILD_DATE}T00:00:00Z`),
        reviewMonths: site.data.reviewPeriodMonths,
      }),
    );
    const total = (key: string) => doc.querySelector(`[data-total] [data-count="${key}"]`)?.textContent?.trim();
    // Links are never checked in the build: that column is "–" (below).
    for (const key of REPORT_COLUMNS.filter((column) => column !== 'brokenLinks'))
      expect(total(key), key).toBe(String(sum[key]));
    expect(total('brokenLinks')).toBe('–');
  });
});
