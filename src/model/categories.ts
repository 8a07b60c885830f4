/** Service and booth categories: `content/settings/categories.yml`. */
import { z } from 'astro/zod';
import { label } from './parts';

/** A category code: lowercase, as used in URLs and in services' and booths' `category`. */
const categoryId = () =>
  z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .meta(label('Kode'))
    .describe('Kode kategori, huruf kecil');

export const categoriesSchema = () =>
  z.strictObject({
    services: z
      .array(
        z
          .strictObject({
            id: categoryId(),
            label: z.string().min(2).meta(label('Nama kategori')).describe('Nama kategori'),
            description: z.string().optional().meta(label('Penjelasan')).describe('Penjelasan singkat'),
          })
          .meta(label('Kategori')),
      )
      .min(1)
      .meta(label('Kategori layanan'))
      .describe('Kategori layanan'),
    booths: z
      .array(
        z
          .strictObject({
            id: categoryId(),
            label: z.string().min(2).meta(label('Nama kategori')).describe('Nama kategori'),
          })
          .meta(label('Kategori')),
      )
      .min(1)
      .meta(label('Kategori gerai'))
      .describe('Kategori gerai UMKM'),
  });
