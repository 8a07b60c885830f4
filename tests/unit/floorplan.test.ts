import { describe, expect, it } from 'vitest';
import { boothOnSlot, counterRange, drawPlan } from '../../src/lib/floorplan';
import { floorplanSchema } from '../../src/model/floorplan';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const plan = floorplanSchema.parse({
  title: 'Denah',
  width: 20,
  height: 10,
  areas: [
    { id: 'loket-a', kind: 'counter', counters: ['1', '2'], x: 0, y: 0, w: 8, h: 4 },
    { id: 'loket-b', kind: 'counter', counters: ['3'], x: 8, y: 0, w: 2, h: 4 },
    { id: 'G-01', kind: 'booth', x: 0, y: 5, w: 4, h: 4 },
    { id: 'G-02', kind: 'booth', x: 4, y: 5, w: 4, h: 4 },
    { id: 'musala', kind: 'musala', label: 'Musala', x: 12, y: 5, w: 6, h: 4 },
  ],
});
const agencies = [
  { id: 'disdukcapil', shortName: 'Disdukcapil', counters: ['1', '2'] },
  { id: 'bpjs-ketenagakerjaan', shortName: 'BPJS Ketenagakerjaan', counters: ['3'] },
];
const booths = [
  {
    id: 'lama',
    code: 'G-01',
    slot: 'G-01',
    business: 'Usaha Lama',
    schedule: [{ start: day('2026-01-01'), end: day('2026-01-31') }],
  },
  {
    id: 'kini',
    code: 'G-03',
    slot: 'G-01',
    business: 'Usaha Kini',
    schedule: [{ start: day('2026-11-01'), end: day('2026-11-30') }],
  },
];

describe('floor plan', () => {
  const drawn = drawPlan(plan, agencies, booths, day('2026-11-15'));
  const area = (id: string) => drawn.find((a) => a.id === id)!;

  it('labels counters with their numbers and agency, linked to the agency page', () => {
    expect(area('loket-a')).toMatchObject({
      lines: ['Loket 1–2', 'Disdukcapil'],
      href: '/instansi/disdukcapil/',
      description: 'Loket 1–2 Disdukcapil',
    });
  });
  it('keeps only the number on a counter too narrow for the agency name, which stays in the description', () => {
    expect(area('loket-b').lines).toEqual(['Loket 3']);
    expect(area('loket-b').description).toBe('Loket 3 BPJS Ketenagakerjaan');
    expect(area('loket-b').name).toBe('Loket 3 BPJS Ketenagakerjaan');
    expect(area('G-01').name).toBe('G-01, Gerai G-01: Usaha Kini');
  });
  it('links a booth slot to the seller there on the build day, an empty slot to the booth list', () => {
    expect(area('G-01')).toMatchObject({ href: '/umkm/kini/', description: 'Gerai G-01: Usaha Kini' });
    expect(area('G-02')).toMatchObject({ href: '/umkm/', description: 'Gerai G-02: kosong' });
  });
  it('shows facilities by their label, without a link', () => {
    expect(area('musala')).toMatchObject({ lines: ['Musala'], href: undefined });
  });
  it('prefers the booth present today, then the next one, then the last', () => {
    expect(boothOnSlot(booths, 'G-01', day('2026-06-01'))?.id).toBe('kini');
    expect(boothOnSlot(booths, 'G-01', day('2027-06-01'))?.id).toBe('kini');
  });
  it('writes counter ranges the Indonesian way', () => {
    expect(counterRange(['3', '4', '5'])).toBe('3–5');
    expect(counterRange(['1', '4'])).toBe('1, 4');
    expect(counterRange(['7'])).toBe('7');
  });
  it('rejects areas outside the hall and duplicate slot codes', () => {
    const bad = floorplanSchema.safeParse({
      title: 'Denah',
      width: 10,
      height: 10,
      areas: [
        { id: 'G-01', kind: 'booth', x: 8, y: 0, w: 4, h: 2 },
        { id: 'G-01', kind: 'booth', x: 0, y: 0, w: 2, h: 2 },
        { id: 'loket', kind: 'counter', x: 0, y: 5, w: 2, h: 2 },
      ],
    });
    expect(bad.success).toBe(false);
    const messages = bad.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining([
        'areas.0: Petak "G-01" keluar dari batas denah',
        'areas.1.id: Kode petak "G-01" dipakai dua kali',
        'areas.2.counters: Petak loket wajib menyebut nomor loketnya',
      ]),
    );
  });
});
