/** A life event across agencies, step by step: `content/journeys/<id>.mdx`. */
import { z } from 'astro/zod';
import { draftFlag, label, searchAliases, type ServiceRef } from './parts';

export const journeySchema = <S extends z.ZodType>({ service }: ServiceRef<S>) =>
  z.strictObject({
    title: z.string().min(3).meta(label('Nama peristiwa')).describe('Nama peristiwa, misalnya "Kelahiran anak"'),
    summary: z
      .string()
      .min(10)
      .max(240)
      .meta({ ...label('Ringkasan'), multiline: true })
      .describe('Ringkasan untuk daftar'),
    aliases: searchAliases,
    steps: z
      .array(
        z
          .strictObject({
            title: z.string().min(3).meta(label('Judul langkah')).describe('Judul langkah'),
            service: service().meta(label('Layanan')).describe('Layanan untuk langkah ini'),
            note: z
              .string()
              .optional()
              .meta(label('Catatan'))
              .describe('Catatan singkat, misalnya "bila membangun tempat usaha"'),
          })
          .meta(label('Langkah')),
      )
      .min(1)
      .meta(label('Langkah'))
      .describe('Langkah berurutan'),
    order: z.number().int().min(0).default(100).meta(label('Urutan')).describe('Urutan tampil'),
    draft: draftFlag,
  });
