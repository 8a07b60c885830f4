/**
 * The floor plan, `content/settings/floorplan.yml`: the hall and its areas, in plan units (metres).
 * Labels (meta titles) and descriptions are what the CMS shows on the form.
 */
import { z } from 'astro/zod';
import { label } from './parts';

const AREA_KINDS = [
  'counter',
  'booth',
  'entrance',
  'waiting',
  'info',
  'musala',
  'toilet',
  'lactation',
  'parking',
  'other',
] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

/** The Indonesian names of the kinds: the editor's choices, and (but for "other") the plan's labels. */
export const AREA_KIND_OPTIONS: Record<AreaKind, string> = {
  counter: 'Loket',
  booth: 'Gerai UMKM',
  entrance: 'Pintu masuk',
  waiting: 'Ruang tunggu',
  info: 'Informasi',
  musala: 'Musala',
  toilet: 'Toilet',
  lactation: 'Ruang laktasi',
  parking: 'Parkir',
  other: 'Lainnya',
};

const area = z
  .strictObject({
    id: z
      .string()
      .regex(/^[A-Za-z0-9-]+$/, 'Kode petak hanya huruf, angka dan tanda hubung')
      .meta(label('Kode petak'))
      .describe('Kode petak; untuk gerai UMKM sama dengan kode gerai, mis. G-01'),
    kind: z
      .enum(AREA_KINDS)
      .meta({ ...label('Jenis petak'), optionLabels: AREA_KIND_OPTIONS })
      .describe('Jenis petak: loket, gerai UMKM, pintu masuk, fasilitas, atau lainnya'),
    label: z
      .string()
      .min(2)
      .optional()
      .meta(label('Nama di denah'))
      .describe('Nama yang ditulis di denah (loket dan gerai diberi nama otomatis)'),
    counters: z
      .array(z.string().meta(label('Loket')))
      .optional()
      .meta(label('Nomor loket'))
      .describe('Nomor loket di petak ini (untuk jenis loket)'),
    x: z.number().min(0).meta(label('Posisi dari kiri (m)')).describe('Jarak dari tepi kiri denah, dalam meter'),
    y: z.number().min(0).meta(label('Posisi dari atas (m)')).describe('Jarak dari tepi atas denah, dalam meter'),
    w: z.number().positive().meta(label('Lebar (m)')).describe('Lebar petak, dalam meter'),
    h: z.number().positive().meta(label('Tinggi (m)')).describe('Tinggi petak, dalam meter'),
  })
  .refine((a) => a.kind !== 'counter' || (a.counters?.length ?? 0) > 0, {
    message: 'Petak loket wajib menyebut nomor loketnya',
    path: ['counters'],
  })
  .meta(label('Petak'))
  .describe('Satu petak pada denah');

export const floorplanSchema = z
  .strictObject({
    title: z.string().min(3).meta(label('Judul')).describe('Judul denah'),
    note: z.string().optional().meta(label('Catatan')).describe('Catatan, mis. bila denah masih ilustrasi'),
    width: z.number().positive().meta(label('Lebar denah (m)')).describe('Lebar seluruh denah, dalam meter'),
    height: z.number().positive().meta(label('Tinggi denah (m)')).describe('Tinggi seluruh denah, dalam meter'),
    areas: z.array(area).min(1).meta(label('Petak')).describe('Petak-petak pada denah: loket, gerai, pintu, fasilitas'),
  })
  .superRefine((plan, ctx) => {
    const seen = new Set<string>();
    plan.areas.forEach((a, i) => {
      if (seen.has(a.id))
        ctx.addIssue({ code: 'custom', message: `Kode petak "${a.id}" dipakai dua kali`, path: ['areas', i, 'id'] });
      seen.add(a.id);
      if (a.x + a.w > plan.width || a.y + a.h > plan.height)
        ctx.addIssue({ code: 'custom', message: `Petak "${a.id}" keluar dari batas denah`, path: ['areas', i] });
    });
  });

export type Floorplan = z.infer<typeof floorplanSchema>;
export type FloorplanArea = Floorplan['areas'][number];
