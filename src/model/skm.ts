/**
 * Results of the Survei Kepuasan Masyarakat (SKM, Permenpan RB 14/2017) for one period:
 * `content/skm/<id>.mdx`, one result per unit (the MPP as a whole or one agency) with the
 * follow-up on its weakest elements. The figures are entered as the unit published them; the
 * site computes no index of its own.
 */
import { z } from 'astro/zod';
import { type AgencyRef, draftFlag, label, periodFields, sampleFlag } from './parts';

export const SKM_ELEMENTS = [
  'persyaratan',
  'prosedur',
  'waktu',
  'biaya',
  'produk',
  'kompetensi',
  'perilaku',
  'pengaduan',
  'sarana',
] as const;
export type SkmElement = (typeof SKM_ELEMENTS)[number];

/** What the editor picks from; the names residents read are in `src/i18n/`. */
const ELEMENT_OPTIONS: Record<SkmElement, string> = {
  persyaratan: 'Persyaratan',
  prosedur: 'Sistem, mekanisme, dan prosedur',
  waktu: 'Waktu penyelesaian',
  biaya: 'Biaya/tarif',
  produk: 'Produk spesifikasi jenis pelayanan',
  kompetensi: 'Kompetensi pelaksana',
  perilaku: 'Perilaku pelaksana',
  pengaduan: 'Penanganan pengaduan, saran, dan masukan',
  sarana: 'Sarana dan prasarana',
};

export const SKM_GRADES = ['A', 'B', 'C', 'D'] as const;
export const FOLLOW_UP_STATUSES = ['direncanakan', 'berjalan', 'selesai'] as const;

const result = <A extends z.ZodType>(agency: () => A) =>
  z
    .strictObject({
      agency: agency()
        .optional()
        .meta(label('Instansi'))
        .describe('Instansi yang disurvei; kosongkan untuk hasil MPP secara keseluruhan'),
      respondents: z.number().int().min(1).meta(label('Jumlah responden')).describe('Jumlah responden'),
      index: z
        .number()
        .min(25)
        .max(100)
        .meta(label('Nilai IKM'))
        .describe('Indeks Kepuasan Masyarakat (25–100) sebagaimana tercantum dalam laporan SKM'),
      grade: z
        .enum(SKM_GRADES)
        .optional()
        .meta({
          ...label('Mutu pelayanan'),
          optionLabels: { A: 'A (sangat baik)', B: 'B (baik)', C: 'C (kurang baik)', D: 'D (tidak baik)' },
        })
        .describe('Mutu pelayanan sebagaimana tercantum dalam laporan SKM; kosongkan bila laporan tidak menyebutnya'),
      lowest: z
        .array(z.enum(SKM_ELEMENTS).meta({ ...label('Unsur'), optionLabels: ELEMENT_OPTIONS }))
        .default([])
        .meta(label('Unsur dengan nilai terendah'))
        .describe('Unsur layanan yang nilainya paling rendah dan menjadi sasaran perbaikan'),
      followUp: z
        .string()
        .min(10)
        .meta({ ...label('Tindak lanjut'), multiline: true })
        .describe('Perbaikan yang direncanakan atau sudah dilakukan untuk unsur terendah'),
      followUpStatus: z
        .enum(FOLLOW_UP_STATUSES)
        .meta(label('Status tindak lanjut'))
        .describe('Direncanakan, berjalan, atau selesai'),
    })
    .meta(label('Hasil unit layanan'));

export const skmSchema = <A extends z.ZodType>({ agency }: AgencyRef<A>) =>
  z
    .strictObject({
      title: z.string().min(3).meta(label('Nama periode')).describe('Nama periode survei, misalnya "Semester I 2026"'),
      ...periodFields,
      method: z
        .string()
        .optional()
        .meta({ ...label('Metode'), multiline: true })
        .describe('Ringkasan cara survei: jumlah unsur, skala, cara pengumpulan'),
      results: z
        .array(result(agency))
        .min(1)
        .meta(label('Hasil per unit layanan'))
        .describe('Satu butir untuk MPP secara keseluruhan dan satu untuk setiap instansi yang disurvei'),
      sample: sampleFlag,
      draft: draftFlag,
    })
    .refine((p) => p.end >= p.start, { message: 'Akhir periode harus setelah awal periode', path: ['end'] });
