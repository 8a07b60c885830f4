/** An agency (instansi) with counters at the MPP: `content/agencies/<id>.mdx`. */
import { z } from 'astro/zod';
import { contactSchema, dayHours, type ImageHelper, imageWithAlt, label, reviewDate, searchAliases } from './parts';

export const agencySchema = <I extends z.ZodType>({ image }: ImageHelper<I>) =>
  z.strictObject({
    name: z
      .string()
      .min(3)
      .meta(label('Nama instansi'))
      .describe('Nama lengkap instansi, misalnya "Dinas Kependudukan dan Pencatatan Sipil"'),
    shortName: z
      .string()
      .min(2)
      .meta(label('Nama singkat'))
      .describe('Nama singkat yang dikenal warga, misalnya "Disdukcapil"'),
    aliases: searchAliases,
    kind: z
      .enum(['perangkat-daerah', 'instansi-vertikal', 'bumn', 'bank'])
      .meta({ ...label('Jenis instansi'), optionLabels: { bumn: 'BUMN' } })
      .describe('Jenis instansi: perangkat daerah, instansi vertikal, BUMN, atau bank'),
    counters: z
      .array(
        z
          .string()
          .regex(/^[A-Z0-9-]{1,8}$/, 'Nomor loket berupa huruf kapital/angka, misalnya 3 atau A-1')
          .meta(label('Nomor loket')),
      )
      .min(1, 'Isi minimal satu nomor loket')
      .meta(label('Loket'))
      .describe('Nomor loket instansi ini di MPP'),
    contacts: contactSchema.optional(),
    hours: z
      .array(dayHours)
      .optional()
      .meta(label('Jam loket sendiri'))
      .describe('Isi hanya bila jam loket instansi ini berbeda dari jam MPP (misalnya tutup lebih awal)'),
    logo: imageWithAlt(image).optional().meta(label('Logo')),
    order: z
      .number()
      .int()
      .min(0)
      .default(100)
      .meta(label('Urutan'))
      .describe('Urutan tampil; angka kecil tampil lebih dulu'),
    verified: z
      .boolean()
      .meta(label('Sudah dikonfirmasi'))
      .describe('Centang bila data instansi ini sudah dikonfirmasi oleh instansi yang bersangkutan'),
    lastReviewed: reviewDate.optional(),
  });
