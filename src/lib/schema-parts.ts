/**
 * Reusable schema pieces for the content model. Every field carries a `.describe()` text
 * written for editors: the CMS shows it as the field hint.
 */
import { z } from 'astro/zod';

/** Days of the week, Monday first, as stored in content (English keys, Indonesian labels in i18n). */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A clock time such as 08:00 or 15:30, 24-hour. */
export const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Tulis jam dengan format JJ:MM, misalnya 08:00')
  .describe('Jam dalam format 24 jam JJ:MM, misalnya 08:00');

/** A URL that must be served over HTTPS: editors paste links that residents will follow. */
export const httpsUrl = z
  .url('Tautan tidak valid')
  .refine((url) => url.startsWith('https://'), 'Tautan harus diawali https://')
  .describe('Tautan lengkap yang diawali https://');

/** Either a path inside this site (/layanan/...) or an https link. */
export const linkTarget = z
  .string()
  .refine(
    (value) => /^\/(?!\/)[^\s]*$/.test(value) || /^https:\/\/[^\s]+$/.test(value),
    'Tautan harus berupa alamat di situs ini (diawali /) atau tautan https://',
  )
  .describe('Alamat di situs ini (misalnya /layanan/ktp-el/) atau tautan lengkap https://');

/** WhatsApp numbers in international form without "+", as wa.me expects. */
export const whatsappNumber = z
  .string()
  .regex(/^62\d{8,13}$/, 'Nomor WhatsApp harus diawali 62 tanpa tanda +, spasi, atau tanda hubung')
  .describe('Nomor WhatsApp diawali 62 tanpa + atau spasi, misalnya 6281234567890');

/** Calendar date; YAML dates arrive as Date objects, strings are coerced and checked. */
export const calendarDate = z.coerce
  .date({ message: 'Tanggal tidak valid; tulis dengan format TTTT-BB-HH' })
  .describe('Tanggal dengan format TTTT-BB-HH');

export const contactSchema = z
  .strictObject({
    phone: z
      .string()
      .regex(/^[0-9+() -]{3,20}$/, 'Nomor telepon hanya boleh berisi angka, spasi, +, ( ) dan -')
      .optional()
      .describe('Nomor telepon yang bisa dihubungi warga'),
    whatsapp: whatsappNumber.optional(),
    email: z.email('Alamat surel tidak valid').optional().describe('Alamat surel resmi'),
    website: httpsUrl.optional().describe('Situs web resmi, diawali https://'),
  })
  .describe('Kontak resmi. Kosongkan yang tidak diketahui: jangan menebak nomor.');

/** An image with its alternative text: the alt text is required for accessibility. */
export function imageWithAlt<T extends z.ZodType>(image: () => T) {
  return z
    .strictObject({
      src: image().describe('Berkas gambar (JPG, PNG atau WebP)'),
      alt: z
        .string()
        .min(3, 'Teks alternatif gambar wajib diisi')
        .describe('Keterangan isi gambar untuk pembaca layar, misalnya "Loket Disdukcapil di MPP"'),
    })
    .describe('Gambar beserta teks alternatifnya');
}

/** Opening hours for one weekday; a missing day means closed. */
export const dayHours = z
  .strictObject({
    day: z.enum(WEEKDAYS).describe('Hari'),
    open: clockTime.describe('Jam buka'),
    close: clockTime.describe('Jam tutup'),
  })
  .refine((d) => d.open < d.close, { message: 'Jam tutup harus setelah jam buka', path: ['close'] })
  .describe('Jam layanan untuk satu hari');

export const draftFlag = z.boolean().default(false).describe('Draf tidak diterbitkan di situs publik');
