/** A UMKM booth and its rotation: `content/booths/<id>.mdx`. */
import { z } from 'astro/zod';
import { calendarDate, draftFlag, type ImageHelper, imageWithAlt, label, whatsappNumber } from './parts';

export const boothSchema = <I extends z.ZodType>({ image }: ImageHelper<I>) =>
  z.strictObject({
    code: z
      .string()
      .regex(/^G-\d{2,4}$/, 'Kode gerai berformat G-01 (G- lalu 2–4 angka)')
      .meta(label('Kode gerai'))
      .describe('Kode gerai, misalnya G-01'),
    business: z.string().min(2).meta(label('Nama usaha')).describe('Nama usaha'),
    owner: z.string().min(2).meta(label('Pemilik')).describe('Nama pemilik atau pengelola'),
    category: z
      .string()
      .meta({ ...label('Kategori'), references: 'categories.booths' })
      .describe('Kategori usaha (lihat Pengaturan → Kategori)'),
    origin: z.string().optional().meta(label('Asal usaha')).describe('Asal usaha, misalnya "Desa Burai, Tanjung Batu"'),
    products: z
      .array(
        z
          .strictObject({
            name: z.string().min(2).meta(label('Nama produk')).describe('Nama produk'),
            price: z
              .string()
              .optional()
              .meta(label('Kisaran harga'))
              .describe('Kisaran harga, misalnya "Rp15.000–20.000"'),
          })
          .meta(label('Produk')),
      )
      .min(1)
      .meta(label('Produk'))
      .describe('Produk yang dijual'),
    photo: imageWithAlt(image).optional().meta(label('Foto')),
    whatsapp: whatsappNumber.optional(),
    schedule: z
      .array(
        z
          .strictObject({
            start: calendarDate.meta(label('Mulai')).describe('Mulai'),
            end: calendarDate.meta(label('Selesai')).describe('Selesai'),
          })
          .refine((p) => p.end >= p.start, { message: 'Tanggal selesai harus setelah tanggal mulai', path: ['end'] })
          .meta(label('Periode')),
      )
      .min(1)
      .meta(label('Jadwal'))
      .describe('Periode menempati gerai (gerai bergiliran)'),
    slot: z.string().meta(label('Petak denah')).describe('Petak gerai pada denah (lihat Pengaturan → Denah)'),
    draft: draftFlag,
  });
