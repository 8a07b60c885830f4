/**
 * A facility for vulnerable groups (UU 25/2009 perlakuan khusus): `content/facilities/<id>.mdx`.
 * A facility in one place names its floor-plan area, and the plan marks it there.
 */
import { z } from 'astro/zod';
import { draftFlag, label, sampleFlag } from './parts';

export const FACILITY_KINDS = [
  'loket-prioritas',
  'akses-kursi-roda',
  'kursi-roda',
  'toilet-disabilitas',
  'ruang-laktasi',
  'bahasa-isyarat',
  'pendamping',
  'ruang-bermain-anak',
  'jalur-pemandu',
  'kursi-prioritas',
  'lainnya',
] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

export const FACILITY_GROUPS = [
  'penyandang-disabilitas',
  'lanjut-usia',
  'ibu-hamil',
  'ibu-menyusui',
  'anak',
  'korban-bencana',
] as const;
export type FacilityGroup = (typeof FACILITY_GROUPS)[number];

export const FACILITY_STATUSES = ['tersedia', 'direncanakan', 'belum-dikonfirmasi'] as const;
export type FacilityStatus = (typeof FACILITY_STATUSES)[number];

export const facilitySchema = () =>
  z.strictObject({
    name: z.string().min(3).meta(label('Nama fasilitas')).describe('Nama fasilitas, misalnya "Loket prioritas"'),
    kind: z
      .enum(FACILITY_KINDS)
      .meta({
        ...label('Jenis fasilitas'),
        optionLabels: {
          'akses-kursi-roda': 'Jalur landai dan akses kursi roda',
          'kursi-roda': 'Kursi roda pinjaman',
          'toilet-disabilitas': 'Toilet untuk penyandang disabilitas',
          'bahasa-isyarat': 'Juru bahasa isyarat',
          pendamping: 'Petugas pendamping',
          'jalur-pemandu': 'Jalur pemandu (guiding block)',
        },
      })
      .describe('Jenis fasilitas'),
    groups: z
      .array(z.enum(FACILITY_GROUPS).meta(label('Kelompok')))
      .min(1)
      .meta(label('Untuk siapa'))
      .describe('Kelompok yang dilayani fasilitas ini'),
    status: z
      .enum(FACILITY_STATUSES)
      .meta(label('Status'))
      .describe('Tersedia, direncanakan, atau belum dikonfirmasi pengelola'),
    area: z
      .string()
      .regex(/^[A-Za-z0-9-]+$/, 'Kode petak hanya huruf, angka dan tanda hubung')
      .optional()
      .meta(label('Petak pada denah'))
      .describe(
        'Kode petak denah tempat fasilitas ini (lihat Pengaturan → Denah); kosongkan bila fasilitas tidak di satu tempat, misalnya juru bahasa isyarat',
      ),
    description: z
      .string()
      .min(10)
      .max(300)
      .meta({ ...label('Keterangan'), multiline: true })
      .describe('Penjelasan singkat: letak, cara memakai, atau cara meminta bantuan'),
    order: z.number().int().min(0).default(100).meta(label('Urutan')).describe('Urutan tampil; angka kecil lebih dulu'),
    sample: sampleFlag,
    draft: draftFlag,
  });
