/** A fixed information page (about, visit, complaints, FAQ): `content/pages/<id>.mdx`. */
import { z } from 'astro/zod';
import { calendarDate, draftFlag, label, searchAliases } from './parts';

export const pageSchema = () =>
  z.strictObject({
    title: z.string().min(2).meta(label('Judul')).describe('Judul halaman'),
    summary: z
      .string()
      .min(10)
      .max(240)
      .meta({ ...label('Ringkasan'), multiline: true })
      .describe('Ringkasan untuk mesin pencari dan tautan yang dibagikan'),
    aliases: searchAliases,
    order: z.number().int().min(0).default(100).meta(label('Urutan')).describe('Urutan di menu bawah'),
    lastReviewed: calendarDate.optional().meta(label('Terakhir diperiksa')).describe('Tanggal terakhir diperiksa'),
    draft: draftFlag,
  });
