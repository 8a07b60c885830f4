/**
 * The complaints recap of one period, `content/complaint-reports/<id>.mdx`: how many
 * complaints came in, how many were resolved, the median time to a first response and the
 * channels they came through.
 */
import { z } from 'astro/zod';
import { draftFlag, label, periodFields, sampleFlag } from './parts';

export const COMPLAINT_CHANNELS = [
  'sp4n-lapor',
  'loket',
  'kotak-saran',
  'telepon',
  'whatsapp',
  'surel',
  'media-sosial',
  'lainnya',
] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

export const complaintReportSchema = () =>
  z
    .strictObject({
      title: z.string().min(3).meta(label('Nama periode')).describe('Nama periode, misalnya "Semester I 2026"'),
      ...periodFields,
      received: z.number().int().min(0).meta(label('Pengaduan diterima')).describe('Jumlah pengaduan yang diterima'),
      resolved: z
        .number()
        .int()
        .min(0)
        .meta(label('Pengaduan selesai'))
        .describe('Jumlah pengaduan yang sudah selesai ditindaklanjuti'),
      medianResponseDays: z
        .number()
        .min(0)
        .meta(label('Median waktu tanggapan (hari kerja)'))
        .describe('Median jumlah hari kerja dari pengaduan diterima sampai tanggapan pertama'),
      channels: z
        .array(
          z
            .strictObject({
              channel: z
                .enum(COMPLAINT_CHANNELS)
                .meta({
                  ...label('Saluran'),
                  optionLabels: { 'sp4n-lapor': 'SP4N-LAPOR!', whatsapp: 'WhatsApp', surel: 'Surel (email)' },
                })
                .describe('Saluran pengaduan'),
              count: z.number().int().min(0).meta(label('Jumlah')).describe('Jumlah pengaduan lewat saluran ini'),
            })
            .meta(label('Saluran')),
        )
        .min(1)
        .meta(label('Pengaduan per saluran'))
        .describe('Jumlah pengaduan per saluran; jumlah seluruhnya sama dengan pengaduan diterima'),
      sample: sampleFlag,
      draft: draftFlag,
    })
    .refine((r) => r.end >= r.start, { message: 'Akhir periode harus setelah awal periode', path: ['end'] })
    .refine((r) => r.resolved <= r.received, {
      message: 'Pengaduan selesai tidak boleh lebih banyak dari pengaduan diterima',
      path: ['resolved'],
    })
    .refine((r) => r.channels.reduce((sum, c) => sum + c.count, 0) === r.received, {
      message: 'Jumlah pengaduan per saluran harus sama dengan pengaduan diterima',
      path: ['channels'],
    });
