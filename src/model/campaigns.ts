/** An outreach campaign, shown between its start and end: `content/campaigns/<id>.mdx`. */
import { z } from 'astro/zod';
import { calendarDate, draftFlag, type ImageHelper, imageWithAlt, label, linkTarget, type ServiceRef } from './parts';

export const campaignSchema = <I extends z.ZodType, S extends z.ZodType>({
  image,
  service,
}: ImageHelper<I> & ServiceRef<S>) =>
  z
    .strictObject({
      title: z.string().min(5).meta(label('Judul')).describe('Judul kampanye'),
      summary: z
        .string()
        .min(10)
        .max(240)
        .meta({ ...label('Ringkasan'), multiline: true })
        .describe('Ringkasan'),
      start: calendarDate.meta(label('Mulai tayang')).describe('Tanggal mulai tayang'),
      end: calendarDate.meta(label('Akhir tayang')).describe('Tanggal akhir tayang'),
      message: z.string().min(5).meta(label('Pesan utama')).describe('Pesan utama, satu kalimat'),
      cta: z
        .strictObject({
          label: z.string().min(2).meta(label('Teks tombol')).describe('Teks tombol'),
          url: linkTarget.meta(label('Tautan tombol')),
        })
        .meta(label('Ajakan bertindak'))
        .describe('Ajakan bertindak'),
      relatedServices: z
        .array(service().meta(label('Layanan')))
        .default([])
        .meta(label('Layanan terkait'))
        .describe('Layanan terkait'),
      shareText: z
        .string()
        .min(10)
        .max(500)
        .meta({ ...label('Teks bagikan'), multiline: true })
        .describe('Teks untuk dibagikan lewat WhatsApp'),
      poster: imageWithAlt(image).optional().meta(label('Poster')),
      channels: z
        .array(z.enum(['cetak', 'elektronik', 'media-sosial']).meta(label('Saluran')))
        .min(1)
        .meta(label('Saluran sosialisasi'))
        .describe('Saluran sosialisasi yang dipakai'),
      draft: draftFlag,
    })
    .refine((c) => c.end >= c.start, { message: 'Tanggal akhir harus setelah tanggal mulai', path: ['end'] });
