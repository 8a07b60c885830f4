/**
 * Pieces shared by the collection schemas in this folder, and the conventions they follow.
 *
 * Every field carries a `title` (the Indonesian label the CMS shows) and a `.describe()` text
 * (the hint), written for editors; they stay on the schema so that the form and the check can
 * never disagree. A title on an `.optional()` wrapper overrides the title of the shared piece it
 * wraps. `references` names what a plain string points at, for the CMS's relation widget and
 * for `src/lib/content-integrity.ts`. `multiline` asks the CMS for a text area. Where a check is
 * a `refine()` the CMS cannot read, a `pattern` in the metadata says the same thing as a
 * regular expression, so the CMS can warn before saving. Interface text for residents lives in
 * `src/i18n/`, never here.
 */
import { z } from 'astro/zod';
import { WEEKDAYS, WEEKDAY_NAMES } from './weekdays';

/** The metadata that gives a field its label in the CMS. */
export const label = (title: string) => ({ title });

/**
 * Astro's `image()` and `reference()` exist only inside Astro's build, so each schema takes them
 * as parameters: the site passes Astro's (`src/content.config.ts`), the CMS and the tests pass
 * `plainHelpers` (`./collections.ts`), which read the same fields as plain strings.
 */
export type ImageHelper<I extends z.ZodType> = { image: () => I };
/** A reference to an agency (`reference('agencies')` on the site). */
export type AgencyRef<A extends z.ZodType> = { agency: () => A };
/** A reference to a service (`reference('services')` on the site). */
export type ServiceRef<S extends z.ZodType> = { service: () => S };

/** A clock time such as 08:00 or 15:30, 24-hour. */
export const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Tulis jam dengan format JJ:MM, misalnya 08:00')
  .meta({ title: 'Jam' })
  .describe('Jam dalam format 24 jam JJ:MM, misalnya 08:00');

/**
 * Characters a link may not contain: spaces end it, and `"`, `<`, `>` would let the text break
 * out of an attribute or a feed if any output forgot to escape it.
 */
const HTTPS_URL = /^https:\/\/[^\s"<>]+$/;
const HTTPS_URL_MESSAGE = 'Tautan harus diawali https:// dan tidak boleh berisi spasi, tanda petik, < atau >';

/** A URL that must be served over HTTPS: editors paste links that residents will follow. */
export const httpsUrl = z
  .url('Tautan tidak valid')
  .refine((url) => HTTPS_URL.test(url), HTTPS_URL_MESSAGE)
  .meta({ title: 'Tautan', pattern: HTTPS_URL.source, patternMessage: HTTPS_URL_MESSAGE })
  .describe('Tautan lengkap yang diawali https://');

/** A path inside this site (not `//host`, which browsers read as another site) or an https link. */
const LINK_TARGET = /^(?:\/(?!\/)[^\s"<>]*|https:\/\/[^\s"<>]+)$/;
const LINK_TARGET_MESSAGE =
  'Tautan harus berupa alamat di situs ini (diawali /) atau tautan https://, tanpa spasi, tanda petik, < atau >';

/** Either a path inside this site (/layanan/...) or an https link. */
export const linkTarget = z
  .string()
  .refine((value) => LINK_TARGET.test(value), LINK_TARGET_MESSAGE)
  .meta({ title: 'Tautan', pattern: LINK_TARGET.source, patternMessage: LINK_TARGET_MESSAGE })
  .describe('Alamat di situs ini (misalnya /layanan/ktp-el/) atau tautan lengkap https://');

/** WhatsApp numbers in international form without "+", as wa.me expects. */
export const whatsappNumber = z
  .string()
  .regex(/^62\d{8,13}$/, 'Nomor WhatsApp harus diawali 62 tanpa tanda +, spasi, atau tanda hubung')
  .meta({ title: 'Nomor WhatsApp' })
  .describe('Nomor WhatsApp diawali 62 tanpa + atau spasi, misalnya 6281234567890');

/** Calendar date; YAML dates arrive as Date objects, strings are coerced and checked. */
export const calendarDate = z.coerce
  .date({ message: 'Tanggal tidak valid; tulis dengan format TTTT-BB-HH' })
  .meta({ title: 'Tanggal' })
  .describe('Tanggal dengan format TTTT-BB-HH');

/**
 * The date a page was last checked. Its meaning follows the page's `verified` flag, so the site
 * never claims more than happened (src/lib/review.ts).
 */
export const reviewDate = calendarDate
  .meta({ title: 'Tanggal diperiksa atau diubah' })
  .describe(
    'Bila sudah dikonfirmasi instansi: tanggal instansi mengonfirmasi. Bila belum: tanggal teks terakhir diubah atau diperiksa ulang. Halaman yang lebih lama dari masa tinjau ulang di Pengaturan diberi tanda "perlu ditinjau ulang"',
  );

export const contactSchema = z
  .strictObject({
    phone: z
      .string()
      .regex(/^[0-9+() -]{3,20}$/, 'Nomor telepon hanya boleh berisi angka, spasi, +, ( ) dan -')
      .optional()
      .meta({ title: 'Telepon' })
      .describe('Nomor telepon yang bisa dihubungi warga'),
    whatsapp: whatsappNumber.optional(),
    email: z.email('Alamat surel tidak valid').optional().meta({ title: 'Surel' }).describe('Alamat surel resmi'),
    website: httpsUrl.optional().meta({ title: 'Situs web' }).describe('Situs web resmi, diawali https://'),
  })
  .meta({ title: 'Kontak' })
  .describe('Kontak resmi. Kosongkan yang tidak diketahui: jangan menebak nomor.');

/** An image with its alternative text: the alt text is required for accessibility. */
export function imageWithAlt<T extends z.ZodType>(image: () => T) {
  return z
    .strictObject({
      src: image().meta({ title: 'Berkas gambar' }).describe('Berkas gambar (JPG, PNG atau WebP)'),
      alt: z
        .string()
        .min(3, 'Teks alternatif gambar wajib diisi')
        .meta({ title: 'Teks alternatif' })
        .describe(
          'Wajib diisi bila ada gambar: jelaskan isi gambar untuk pembaca layar, misalnya "Loket Disdukcapil di MPP"',
        ),
    })
    .meta({ title: 'Gambar' })
    .describe('Gambar beserta teks alternatifnya');
}

/** Opening hours for one weekday; a missing day means closed. */
export const dayHours = z
  .strictObject({
    day: z.enum(WEEKDAYS).meta({ title: 'Hari', optionLabels: WEEKDAY_NAMES }).describe('Hari'),
    open: clockTime.meta({ title: 'Jam buka' }).describe('Jam buka'),
    close: clockTime.meta({ title: 'Jam tutup' }).describe('Jam tutup'),
  })
  .refine((d) => d.open < d.close, { message: 'Jam tutup harus setelah jam buka', path: ['close'] })
  .meta({ title: 'Hari layanan' })
  .describe('Jam layanan untuk satu hari');

/** Sample content (accountability figures before the real ones exist): pages mark it "contoh". */
export const sampleFlag = z
  .boolean()
  .default(false)
  .meta({ title: 'Data contoh' })
  .describe(
    'Centang selama isian ini belum data resmi: halaman menandainya "contoh" agar warga tidak menganggapnya hasil sebenarnya',
  );

/** A reporting period (a semester, a quarter); both ends inclusive. */
export const periodFields = {
  start: calendarDate.meta({ title: 'Awal periode' }).describe('Tanggal pertama periode, misalnya 2026-01-01'),
  end: calendarDate.meta({ title: 'Akhir periode' }).describe('Tanggal terakhir periode, misalnya 2026-06-30'),
};

/**
 * Words residents type for an entry that its own text may not contain ("bikin ktp", "IMB",
 * "jam buka"). Search weighs them like the title; they never show on the page.
 */
export const searchAliases = z
  .array(z.string().min(2).meta(label('Kata pencarian')))
  .default([])
  .meta(label('Kata yang dicari warga'))
  .describe('Kata yang biasa diketik warga, misalnya "bikin ktp", "ektp", "IMB", "jam buka"');

export const draftFlag = z
  .boolean()
  .default(false)
  .meta({ title: 'Draf' })
  .describe('Draf tidak diterbitkan di situs publik');
