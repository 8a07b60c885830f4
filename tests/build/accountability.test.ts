/**
 * The accountability pages in the built sample: the SKM chart is an image with a text
 * alternative that states every figure of the data table beside it, the facilities are marked
 * on the floor plan wherever it is drawn, sample figures say "contoh", and the header band
 * opens without JavaScript onto the official-site and anti-scam text from settings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../build-site';
import { contentIds, entryData } from '../content-entries';
import { htmlPages, loadPage } from '../../scripts/lib/dist-pages';

let dist: string;
beforeAll(() => {
  dist = inject('distDir');
});

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('SKM results', () => {
  const periods = contentIds(projectRoot, 'skm');

  it('draw one chart and one table per period, with a row per result', () => {
    const doc = loadPage(dist, '/akuntabilitas/survei-kepuasan/');
    expect(periods.length).toBeGreaterThan(0);
    for (const id of periods) {
      const { results } = entryData<{ results: unknown[] }>(projectRoot, 'skm', id);
      const section = doc.querySelector(`[data-skm="${id}"]`);
      expect(section, id).not.toBeNull();
      expect(section?.querySelectorAll('[data-skm-chart] svg rect').length, id).toBe(results.length);
      expect(section?.querySelectorAll('[data-skm-table] tbody tr').length, id).toBe(results.length);
    }
  });

  it('give the chart a text alternative that states every index in the table', () => {
    const doc = loadPage(dist, '/akuntabilitas/survei-kepuasan/');
    for (const figure of doc.querySelectorAll('[data-skm-chart]')) {
      const svg = figure.querySelector('svg');
      expect(svg?.getAttribute('role')).toBe('img');
      const [titleId, descId] = (svg?.getAttribute('aria-labelledby') ?? '').split(' ');
      const title = svg?.querySelector('title');
      const desc = svg?.querySelector('desc');
      expect(title?.getAttribute('id')).toBe(titleId);
      expect(desc?.getAttribute('id')).toBe(descId);
      expect(text(title)).toMatch(/^Nilai IKM per unit layanan/);
      expect(text(figure.querySelector('figcaption'))).toBe(text(desc));
      const table = figure.closest('[data-skm]')?.querySelector('[data-skm-table]');
      expect(table?.querySelector('caption')).not.toBeNull();
      for (const row of table?.querySelectorAll('tbody tr') ?? []) {
        const unit = text(row.querySelector('th'));
        const index = text(row.querySelectorAll('td')[1]);
        expect(text(desc)).toContain(`${unit} ${index}`);
      }
    }
  });

  it('say "contoh" on sample periods', () => {
    const doc = loadPage(dist, '/akuntabilitas/survei-kepuasan/');
    for (const id of periods) {
      const { sample } = entryData<{ sample?: boolean }>(projectRoot, 'skm', id);
      const section = doc.querySelector(`[data-skm="${id}"]`);
      expect(section?.querySelector('[data-sample]') !== null, id).toBe(sample === true);
      if (sample) expect(text(section?.querySelector('svg title'))).toContain('(contoh)');
    }
  });
});

describe('facilities for vulnerable groups', () => {
  const plan = load(readFileSync(join(projectRoot, 'content/settings/floorplan.yml'), 'utf8')) as {
    areas: { id: string }[];
  };
  const placed = contentIds(projectRoot, 'facilities')
    .map((id) => ({
      id,
      ...entryData<{ name: string; area?: string; draft?: boolean }>(projectRoot, 'facilities', id),
    }))
    .filter((f) => !f.draft);

  it('are all listed, with their marks on the floor plan of the facilities page and the visit page', () => {
    expect(placed.some((f) => f.area)).toBe(true);
    for (const path of ['/akuntabilitas/fasilitas/', '/kunjungan/']) {
      const doc = loadPage(dist, path);
      for (const facility of placed.filter((f) => f.area)) {
        expect(
          plan.areas.some((a) => a.id === facility.area),
          facility.id,
        ).toBe(true);
        const area = doc.querySelector(`[data-floorplan-svg] [data-area="${facility.area}"]`);
        const mark = area?.querySelector('[data-facility-mark]');
        expect(mark?.getAttribute('data-facility-mark')?.split(' '), `${path} ${facility.id}`).toContain(facility.id);
        expect(area?.getAttribute('aria-label'), `${path} ${facility.id}`).toContain(facility.name);
        expect(text(doc.querySelector(`[data-floorplan-list] [data-area="${facility.area}"]`))).toContain(
          facility.name,
        );
      }
    }
    const list = loadPage(dist, '/akuntabilitas/fasilitas/');
    for (const facility of placed)
      expect(list.querySelector(`[data-facility="${facility.id}"]`), facility.id).not.toBeNull();
  });
});

describe('the accountability pages', () => {
  it('are linked from the footer of every public page', () => {
    for (const path of htmlPages(dist).filter((p) => !p.startsWith('/admin/') && !p.endsWith('/poster/')))
      expect(loadPage(dist, path).querySelector('footer a[href="/akuntabilitas/"]'), path).not.toBeNull();
  });

  it('show the maklumat as text and the complaints recap as tables', () => {
    const maklumat = loadPage(dist, '/akuntabilitas/maklumat/');
    for (const id of contentIds(projectRoot, 'maklumat'))
      expect(text(maklumat.querySelector(`[data-maklumat="${id}"] blockquote`)).length, id).toBeGreaterThan(40);
    const recap = loadPage(dist, '/akuntabilitas/rekap-pengaduan/');
    expect(recap.querySelectorAll('[data-complaints-table] tbody tr').length).toBe(
      contentIds(projectRoot, 'complaint-reports').length,
    );
    expect(recap.querySelector('[data-channels-table] caption')).not.toBeNull();
  });
});

describe('the official-site band', () => {
  const site = load(readFileSync(join(projectRoot, 'content/settings/site.yml'), 'utf8')) as {
    officialNotice: { label: string; howToKnow: string[]; antiScam: string[] };
  };

  it('is a native <details> naming the official site, opening onto the settings text', () => {
    const doc = loadPage(dist, '/');
    const band = doc.querySelector('header [data-official] details');
    const summary = text(band?.querySelector('summary'));
    expect(summary).toContain(site.officialNotice.label);
    expect(summary).toContain('Cara memastikan');
    expect([...(band?.querySelectorAll('[data-official-how] li') ?? [])].map(text)).toEqual(
      site.officialNotice.howToKnow,
    );
    expect([...(band?.querySelectorAll('[data-official-scam] li') ?? [])].map(text)).toEqual(
      site.officialNotice.antiScam,
    );
  });
});
