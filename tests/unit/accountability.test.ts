/**
 * The accountability pieces that are pure: the SKM chart's layout and text alternative, the
 * facility marks on the floor plan, and the cross-entry rules of the new collections.
 */
import { describe, expect, it } from 'vitest';
import { barChart, formatIndex } from '../../src/lib/skm-chart';
import { drawPlan, facilityMarks } from '../../src/lib/floorplan';
import { checkIntegrity, type IntegrityInput } from '../../src/lib/content-integrity';
import { floorplanSchema } from '../../src/model/floorplan';
import { complaintReportSchema } from '../../src/model/complaint-reports';

describe('SKM bar chart', () => {
  const rows = [
    { label: 'MPP secara keseluruhan', value: 83 },
    { label: 'Disdukcapil', value: 85.6 },
    { label: 'Samsat', value: 79.75 },
  ];
  const chart = barChart(rows, 'Semester I 2026');

  it('draws one bar per unit, its length proportional to the index on a 0–100 scale', () => {
    chart.bars.forEach((bar, i) => expect(bar.width / chart.plotWidth).toBeCloseTo(rows[i].value / 100, 10));
    expect(chart.bars.map((b) => b.y)).toEqual([chart.top, chart.top + 34, chart.top + 68]);
    expect(chart.ticks.map((tick) => tick.label)).toEqual(['0', '25', '50', '75', '100']);
    expect(chart.height).toBeGreaterThan(chart.bars[2].y + chart.barHeight);
  });

  it('writes numbers the Indonesian way', () => {
    expect(chart.bars.map((b) => b.valueText)).toEqual(['83,0', '85,6', '79,75']);
    expect(formatIndex(100)).toBe('100,0');
  });

  it('says every value, the highest and the lowest in its text alternative', () => {
    expect(chart.summary).toBe(
      'Grafik batang nilai IKM Semester I 2026 pada skala 0–100: MPP secara keseluruhan 83,0; Disdukcapil 85,6; Samsat 79,75. Tertinggi Disdukcapil 85,6; terendah Samsat 79,75.',
    );
  });
});

describe('facilities on the floor plan', () => {
  const plan = floorplanSchema.parse({
    title: 'Denah',
    width: 20,
    height: 10,
    areas: [
      { id: 'info', kind: 'info', label: 'Informasi', x: 0, y: 0, w: 6, h: 4 },
      { id: 'laktasi', kind: 'lactation', label: 'Ruang laktasi', x: 8, y: 0, w: 6, h: 4 },
      { id: 'musala', kind: 'musala', label: 'Musala', x: 14, y: 0, w: 6, h: 4 },
    ],
  });
  const facilities = [
    { id: 'antrean', name: 'Antrean prioritas', area: 'info', sample: true },
    { id: 'isyarat', name: 'Juru bahasa isyarat', sample: false },
    { id: 'laktasi', name: 'Ruang laktasi', area: 'laktasi', sample: false },
    { id: 'kursi-roda', name: 'Kursi roda', area: 'info', sample: false },
  ];
  const drawn = drawPlan(plan, [], [], new Date('2026-11-28T00:00:00Z'), facilities);
  const area = (id: string) => drawn.find((a) => a.id === id)!;

  it('numbers the facilities that have a place, in list order, and marks each in its area', () => {
    expect(area('info').marks.map((m) => [m.number, m.id])).toEqual([
      [1, 'antrean'],
      [3, 'kursi-roda'],
    ]);
    expect(area('laktasi').marks.map((m) => m.number)).toEqual([2]);
    expect(area('musala').marks).toEqual([]);
    expect([...facilityMarks(facilities).values()].flat().map((m) => m.id)).not.toContain('isyarat');
  });

  it('names them, sample ones as "contoh", in the text alternative and the list under the plan', () => {
    expect(area('info').description).toBe('Informasi; fasilitas 1 Antrean prioritas (contoh), 3 Kursi roda');
    expect(area('info').name).toBe(area('info').description);
    expect(area('musala').description).toBe('Musala');
  });

  it('moves a marked area’s label below the marks', () => {
    expect(area('info').labelY).toBeGreaterThan(2);
    expect(area('musala').labelY).toBe(2);
  });
});

describe('cross-entry rules of the accountability collections', () => {
  const base: IntegrityInput = {
    agencies: [{ id: 'disdukcapil', data: { counters: ['1'] } }],
    services: [],
    journeys: [],
    news: [],
    booths: [],
    campaigns: [],
    serviceCategories: [],
    boothCategories: [],
    production: true,
  };

  it('names an SKM result or a maklumat whose agency does not exist', () => {
    const entry = { id: 'semester-1', data: {} };
    expect(
      checkIntegrity({
        ...base,
        agencyMentions: [
          { entry, collection: 'skm', field: 'results[0].agency', agency: 'disdukcapil' },
          { entry, collection: 'skm', field: 'results[1].agency', agency: 'dinas-hilang' },
        ],
      }),
    ).toEqual([
      'content/skm/semester-1.mdx: field "results[1].agency": instansi "dinas-hilang" tidak ada di content/agencies/',
    ]);
  });

  it('names a facility marked on an area the floor plan does not have', () => {
    expect(
      checkIntegrity({
        ...base,
        facilities: [
          { id: 'laktasi', data: { area: 'laktasi' } },
          { id: 'isyarat', data: {} },
          { id: 'ramp', data: { area: 'tangga' } },
        ],
        planAreas: ['laktasi', 'pintu'],
      }),
    ).toEqual([
      'content/facilities/ramp.mdx: field "area": petak "tangga" tidak ada di denah (content/settings/floorplan.yml)',
    ]);
  });
});

describe('complaints recap', () => {
  const report = {
    title: 'Semester I 2026',
    start: '2026-01-01',
    end: '2026-06-30',
    received: 10,
    resolved: 8,
    medianResponseDays: 2,
    channels: [
      { channel: 'loket', count: 6 },
      { channel: 'sp4n-lapor', count: 4 },
    ],
  };
  it('accepts channels that add up to the complaints received', () =>
    expect(complaintReportSchema().safeParse(report).success).toBe(true));
  it('refuses more resolved than received, and channels that do not add up', () => {
    const bad = complaintReportSchema().safeParse({
      ...report,
      resolved: 11,
      channels: [{ channel: 'loket', count: 3 }],
    });
    expect(bad.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'resolved: Pengaduan selesai tidak boleh lebih banyak dari pengaduan diterima',
      'channels: Jumlah pengaduan per saluran harus sama dengan pengaduan diterima',
    ]);
  });
});
