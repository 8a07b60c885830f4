/** A news item or announcement: `content/news/<id>.mdx`. */
import { z } from 'astro/zod';
import { calendarDate, draftFlag, type ImageHelper, imageWithAlt, label, type ServiceRef } from './parts';

export const newsSchema = <I extends z.ZodType, S extends z.ZodType>({
  image,
  service,
}: ImageHelper<I> & ServiceRef<S>) =>
  z
    .strictObject({
      title: z.string().min(5).meta(label('Judul')).describe('Judul berita'),
      date: calendarDate
        .meta(label('Tanggal terbit'))
        .describe(
          'Tanggal terbit. Tanggal yang akan datang menjadwalkan berita: situs dibangun ulang setiap hari dan menerbitkannya pada hari itu',
        ),
      expires: calendarDate
        .optional()
        .meta(label('Berakhir tayang'))
        .describe(
          'Untuk pengumuman yang ada masa berlakunya: sesudah tanggal ini berita tidak lagi tampil di daftar, beranda, RSS, dan pencarian. Halamannya tetap ada dengan keterangan sudah berakhir. Kosongkan untuk berita biasa',
        ),
      summary: z
        .string()
        .min(10)
        .max(300)
        .meta({ ...label('Ringkasan'), multiline: true })
        .describe('Ringkasan berita (tampil di daftar dan RSS)'),
      cover: imageWithAlt(image).optional().meta(label('Gambar sampul')),
      tags: z
        .array(
          z
            .string()
            .regex(/^[a-z0-9-]+$/, 'Tag hanya huruf kecil, angka dan tanda hubung')
            .meta(label('Tag')),
        )
        .default([])
        .meta(label('Tag'))
        .describe('Tag, huruf kecil, misalnya "uji-coba"'),
      relatedServices: z
        .array(service().meta(label('Layanan')))
        .default([])
        .meta(label('Layanan terkait'))
        .describe('Layanan terkait'),
      draft: draftFlag,
    })
    .refine((n) => !n.expires || n.expires >= n.date, {
      message: 'Tanggal berakhir tayang harus sama dengan atau setelah tanggal terbit',
      path: ['expires'],
    });
