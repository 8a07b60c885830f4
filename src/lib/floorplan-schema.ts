/** Schema of content/settings/floorplan.yml: the hall and its areas, in plan units (metres). */
import { z } from 'astro/zod';

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

const area = z
  .strictObject({
    id: z
      .string()
      .regex(/^[A-Za-z0-9-]+$/, 'Kode petak hanya huruf, angka dan tanda hubung')
      .describe('Kode petak; untuk gerai UMKM sama dengan kode gerai, mis. G-01'),
    kind: z
      .enum(AREA_KINDS)
      .describe(
        'Jenis petak: loket, gerai UMKM, pintu masuk, ruang tunggu, informasi, musala, toilet, ruang laktasi, parkir, lainnya',
      ),
    label: z.string().min(2).optional().describe('Nama yang ditulis di denah (loket dan gerai diberi nama otomatis)'),
    counters: z.array(z.string()).optional().describe('Nomor loket di petak ini (untuk jenis loket)'),
    x: z.number().min(0).describe('Jarak dari tepi kiri (meter)'),
    y: z.number().min(0).describe('Jarak dari tepi atas (meter)'),
    w: z.number().positive().describe('Lebar (meter)'),
    h: z.number().positive().describe('Tinggi (meter)'),
  })
  .refine((a) => a.kind !== 'counter' || (a.counters?.length ?? 0) > 0, {
    message: 'Petak loket wajib menyebut nomor loketnya',
    path: ['counters'],
  })
  .describe('Satu petak pada denah');

export const floorplanSchema = z
  .strictObject({
    title: z.string().min(3).describe('Judul denah'),
    note: z.string().optional().describe('Catatan, mis. bila denah masih ilustrasi'),
    width: z.number().positive().describe('Lebar seluruh denah (meter)'),
    height: z.number().positive().describe('Tinggi seluruh denah (meter)'),
    areas: z.array(area).min(1).describe('Petak-petak pada denah'),
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
