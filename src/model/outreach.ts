/**
 * An outreach day ("MPP keliling", "jemput bola"): the MPP's counters go to a kecamatan or a
 * village for a day, `content/outreach/<id>.mdx`. Listed on /keliling/ with a poster and a
 * WhatsApp text, and in the events calendar /kalender/kegiatan.ics.
 */
import { z } from 'astro/zod';
import { calendarDate, clockTime, draftFlag, label, type ServiceRef } from './parts';

export const outreachSchema = <S extends z.ZodType>({ service }: ServiceRef<S>) =>
  z
    .strictObject({
      title: z
        .string()
        .min(5)
        .max(100)
        .meta(label('Judul'))
        .describe('Judul singkat, misalnya "MPP Keliling di Kecamatan ..."'),
      date: calendarDate.meta(label('Tanggal')).describe('Tanggal kegiatan'),
      start: clockTime.meta(label('Jam mulai')).describe('Jam mulai layanan, misalnya 08:00'),
      end: clockTime.meta(label('Jam selesai')).describe('Jam layanan berakhir, misalnya 12:00'),
      district: z.string().min(3).meta(label('Kecamatan')).describe('Nama kecamatan'),
      village: z
        .string()
        .min(3)
        .optional()
        .meta(label('Desa atau kelurahan'))
        .describe('Nama desa atau kelurahan, bila ada'),
      place: z
        .string()
        .min(3)
        .meta(label('Tempat'))
        .describe('Tempat layanan dibuka, misalnya "Balai Desa ..." atau "Kantor Camat ..."'),
      services: z
        .array(service().meta(label('Layanan')))
        .min(1, 'Pilih minimal satu layanan yang dibuka')
        .meta(label('Layanan yang dibuka'))
        .describe('Layanan yang bisa diurus di tempat'),
      note: z
        .string()
        .min(5)
        .max(300)
        .optional()
        .meta({ ...label('Catatan'), multiline: true })
        .describe('Catatan untuk warga, misalnya kuota atau syarat khusus hari itu'),
      draft: draftFlag,
    })
    .refine((o) => o.start < o.end, { message: 'Jam selesai harus setelah jam mulai', path: ['end'] });
