/** Holidays, cuti bersama, closures and special hours: `content/settings/closures.yml`. */
import { z } from 'astro/zod';
import { calendarDate, dayHours, label } from './parts';

export const closuresSchema = () =>
  z.strictObject({
    closures: z
      .array(
        z
          .strictObject({
            date: calendarDate.meta(label('Tanggal')).describe('Tanggal'),
            name: z.string().min(3).meta(label('Nama')).describe('Nama hari libur atau alasan tutup'),
            kind: z.enum(['libur-nasional', 'cuti-bersama', 'penutupan']).meta(label('Jenis')).describe('Jenis'),
          })
          .meta(label('Hari tutup')),
      )
      .meta(label('Hari tutup'))
      .describe(
        'Hari libur nasional, cuti bersama (SKB tiga menteri) dan penutupan MPP. Libur tahun berikutnya ditambahkan setelah SKB-nya terbit.',
      ),
    specialHours: z
      .array(
        z
          .strictObject({
            name: z
              .string()
              .min(3)
              .meta(label('Nama periode'))
              .describe('Nama periode, misalnya "Jam layanan Ramadan"'),
            start: calendarDate.meta(label('Mulai')).describe('Mulai'),
            end: calendarDate.meta(label('Selesai')).describe('Selesai'),
            hours: z.array(dayHours).min(1).meta(label('Jam layanan')).describe('Jam layanan selama periode ini'),
          })
          .refine((p) => p.end >= p.start, { message: 'Tanggal selesai harus setelah tanggal mulai', path: ['end'] })
          .meta(label('Periode')),
      )
      .default([])
      .meta(label('Jam layanan khusus'))
      .describe('Periode dengan jam layanan khusus (misalnya Ramadan)'),
    cutiBersama: z
      .enum(['tutup', 'buka', 'belum-ditetapkan'])
      .default('tutup')
      .meta({
        ...label('Layanan pada hari cuti bersama'),
        optionLabels: { tutup: 'MPP tutup', buka: 'MPP buka seperti biasa', 'belum-ditetapkan': 'Belum ditetapkan' },
      })
      .describe(
        'Apakah MPP melayani pada hari cuti bersama. Pilih "Belum ditetapkan" selama pemerintah daerah belum memutuskan: pada hari itu situs menulis "belum dipastikan", bukan buka atau tutup.',
      ),
    basis: z
      .array(z.string().meta({ ...label('Dasar penetapan'), multiline: true }))
      .default([])
      .meta(label('Dasar penetapan'))
      .describe('Dasar penetapan hari libur (SKB)'),
  });
