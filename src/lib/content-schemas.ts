/**
 * The schemas of the content model, one builder per collection. They live here, apart from
 * `src/content.config.ts`, so that the CMS can build the same schemas without Astro's runtime:
 * the site passes Astro's `image()` and `reference()`, the CMS passes stand-ins that mark the
 * field as an image or a reference (see `src/cms/cms-schemas.ts`).
 *
 * Every field carries a `title` (the Indonesian label the CMS shows) and a `.describe()` text
 * (the hint). A title on an `.optional()` wrapper overrides the title of the shared piece it
 * wraps. `references` names what a plain string points at, for the CMS's relation widget and
 * for `content-integrity.ts`. `multiline` asks the CMS for a text area.
 */
import { z } from 'astro/zod';
import {
  calendarDate,
  contactSchema,
  dayHours,
  draftFlag,
  httpsUrl,
  imageWithAlt,
  linkTarget,
  whatsappNumber,
} from './schema-parts';

/** Astro's `image()` helper, or the CMS's stand-in for it. */
export type ImageHelper<I extends z.ZodType> = { image: () => I };
/** A reference to an agency (`reference('agencies')` on the site). */
export type AgencyRef<A extends z.ZodType> = { agency: () => A };
/** A reference to a service (`reference('services')` on the site). */
export type ServiceRef<S extends z.ZodType> = { service: () => S };

const label = (title: string) => ({ title });

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
  });

const requirement = z
  .strictObject({
    item: z
      .string()
      .min(2)
      .meta(label('Dokumen atau syarat'))
      .describe('Dokumen atau syarat, misalnya "Kartu Keluarga"'),
    form: z
      .enum(['asli', 'fotokopi', 'asli-dan-fotokopi', 'ditunjukkan', 'isian', 'lainnya'])
      .meta({ ...label('Bentuk'), optionLabels: { ditunjukkan: 'Cukup ditunjukkan', isian: 'Formulir isian' } })
      .describe('Bentuk: asli, fotokopi, asli dan fotokopi, cukup ditunjukkan, formulir isian, atau lainnya'),
    count: z.number().int().min(1).optional().meta(label('Jumlah lembar')).describe('Jumlah lembar, bila ditentukan'),
    note: z
      .string()
      .optional()
      .meta(label('Keterangan'))
      .describe('Keterangan, misalnya "ukuran 3x4, latar merah" atau "bila ada"'),
  })
  .meta(label('Persyaratan'))
  .describe('Satu persyaratan');

export const serviceSchema = <A extends z.ZodType>({ agency }: AgencyRef<A>) =>
  z
    .strictObject({
      title: z
        .string()
        .min(3)
        .meta(label('Nama layanan'))
        .describe('Nama layanan, misalnya "KTP Elektronik (KTP-el) Baru"'),
      summary: z
        .string()
        .min(10)
        .max(240)
        .meta({ ...label('Ringkasan'), multiline: true })
        .describe('Ringkasan satu-dua kalimat untuk daftar dan hasil pencarian'),
      agency: agency().meta(label('Instansi')).describe('Instansi yang melayani'),
      category: z
        .string()
        .meta({ ...label('Kategori'), references: 'categories.services' })
        .describe('Kategori layanan (lihat Pengaturan → Kategori)'),
      aliases: z
        .array(z.string().min(2).meta(label('Kata pencarian')))
        .default([])
        .meta(label('Kata yang dicari warga'))
        .describe('Kata yang biasa diketik warga, misalnya "bikin ktp", "ektp", "IMB"'),
      requirements: z
        .array(requirement)
        .min(1, 'Layanan yang terbit wajib punya minimal satu persyaratan')
        .meta(label('Persyaratan'))
        .describe('Persyaratan'),
      steps: z
        .array(
          z
            .string()
            .min(3)
            .meta({ ...label('Langkah'), multiline: true }),
        )
        .min(1, 'Isi minimal satu langkah prosedur')
        .meta(label('Prosedur'))
        .describe('Sistem, mekanisme dan prosedur, berurutan'),
      duration: z
        .strictObject({
          text: z
            .string()
            .min(2)
            .meta(label('Jangka waktu'))
            .describe('Jangka waktu penyelesaian, misalnya "1 jam setelah berkas lengkap"'),
          basis: z.string().optional().meta(label('Dasar jangka waktu')).describe('Dasar jangka waktu, bila ada'),
        })
        .meta(label('Jangka waktu pelayanan'))
        .describe('Jangka waktu pelayanan'),
      fee: z
        .strictObject({
          status: z
            .enum(['gratis', 'berbayar', 'belum-dikonfirmasi'])
            .meta(label('Status biaya'))
            .describe('Gratis, berbayar, atau belum dikonfirmasi instansi (jangan menebak)'),
          details: z
            .string()
            .optional()
            .meta({ ...label('Rincian biaya'), multiline: true })
            .describe('Besar biaya dan apa yang menentukannya (wajib bila berbayar atau belum dikonfirmasi)'),
          basis: z.string().min(3).meta(label('Dasar hukum biaya')).describe('Dasar hukum biaya atau pembebasannya'),
          paymentPlace: z.string().optional().meta(label('Tempat pembayaran')).describe('Tempat dan cara membayar'),
        })
        .refine((fee) => fee.status === 'gratis' || Boolean(fee.details), {
          message: 'Layanan yang tidak gratis wajib menjelaskan biayanya atau bahwa biaya belum dikonfirmasi',
          path: ['details'],
        })
        .meta(label('Biaya'))
        .describe('Biaya/tarif'),
      product: z.string().min(3).meta(label('Produk layanan')).describe('Produk pelayanan yang diterima warga'),
      complaints: z
        .string()
        .min(3)
        .meta({ ...label('Pengaduan'), multiline: true })
        .describe('Saluran pengaduan khusus layanan ini'),
      legalBasis: z
        .array(z.string().min(3).meta(label('Peraturan')))
        .min(1, 'Isi minimal satu dasar hukum')
        .meta(label('Dasar hukum'))
        .describe('Dasar hukum'),
      facilities: z
        .string()
        .optional()
        .meta({ ...label('Sarana dan prasarana'), multiline: true })
        .describe('Sarana, prasarana dan fasilitas'),
      staffCompetence: z.string().optional().meta(label('Kompetensi pelaksana')).describe('Kompetensi pelaksana'),
      supervision: z.string().optional().meta(label('Pengawasan internal')).describe('Pengawasan internal'),
      staffCount: z.string().optional().meta(label('Jumlah pelaksana')).describe('Jumlah pelaksana'),
      serviceGuarantee: z.string().optional().meta(label('Jaminan pelayanan')).describe('Jaminan pelayanan'),
      securityGuarantee: z
        .string()
        .optional()
        .meta(label('Jaminan keamanan'))
        .describe('Jaminan keamanan dan keselamatan pelayanan'),
      evaluation: z.string().optional().meta(label('Evaluasi kinerja')).describe('Evaluasi kinerja pelaksana'),
      delivery: z
        .enum(['datang-langsung', 'daftar-daring', 'keduanya'])
        .meta({ ...label('Cara datang'), optionLabels: { keduanya: 'Keduanya bisa' } })
        .describe('Datang langsung, wajib daftar daring dulu, atau keduanya bisa'),
      bookingUrl: httpsUrl.optional().meta(label('Tautan pendaftaran')).describe('Tautan pendaftaran daring, bila ada'),
      quota: z.string().optional().meta(label('Kuota harian')).describe('Kuota harian, bila ada'),
      notHere: z
        .array(
          z
            .strictObject({
              what: z.string().min(3).meta(label('Yang tidak dilayani')).describe('Hal yang tidak dilayani di MPP'),
              where: z.string().min(3).meta(label('Tempat mengurus')).describe('Tempat mengurusnya'),
            })
            .meta(label('Layanan di tempat lain')),
        )
        .default([])
        .meta(label('Tidak dilayani di MPP'))
        .describe('Yang tidak dilayani di MPP dan ke mana warga harus pergi'),
      lastReviewed: calendarDate.meta(label('Terakhir diperiksa')).describe('Tanggal terakhir informasi ini diperiksa'),
      verified: z
        .boolean()
        .meta(label('Sudah dikonfirmasi instansi'))
        .describe('Centang hanya bila instansi sudah mengonfirmasi seluruh isi panduan ini'),
      draft: draftFlag,
    })
    .refine((s) => s.delivery === 'datang-langsung' || Boolean(s.bookingUrl), {
      message: 'Layanan dengan pendaftaran daring wajib mencantumkan tautan pendaftaran',
      path: ['bookingUrl'],
    });

export const journeySchema = <S extends z.ZodType>({ service }: ServiceRef<S>) =>
  z.strictObject({
    title: z.string().min(3).meta(label('Nama peristiwa')).describe('Nama peristiwa, misalnya "Kelahiran anak"'),
    summary: z
      .string()
      .min(10)
      .max(240)
      .meta({ ...label('Ringkasan'), multiline: true })
      .describe('Ringkasan untuk daftar'),
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

export const newsSchema = <I extends z.ZodType, S extends z.ZodType>({
  image,
  service,
}: ImageHelper<I> & ServiceRef<S>) =>
  z.strictObject({
    title: z.string().min(5).meta(label('Judul')).describe('Judul berita'),
    date: calendarDate.meta(label('Tanggal terbit')).describe('Tanggal terbit'),
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
  });

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

export const pageSchema = () =>
  z.strictObject({
    title: z.string().min(2).meta(label('Judul')).describe('Judul halaman'),
    summary: z
      .string()
      .min(10)
      .max(240)
      .meta({ ...label('Ringkasan'), multiline: true })
      .describe('Ringkasan untuk mesin pencari dan tautan yang dibagikan'),
    order: z.number().int().min(0).default(100).meta(label('Urutan')).describe('Urutan di menu bawah'),
    lastReviewed: calendarDate.optional().meta(label('Terakhir diperiksa')).describe('Tanggal terakhir diperiksa'),
    draft: draftFlag,
  });

export const siteSchema = <S extends z.ZodType>({ service }: ServiceRef<S>) =>
  z.strictObject({
    name: z
      .string()
      .min(3)
      .meta(label('Nama MPP'))
      .describe('Nama lengkap, misalnya "Mal Pelayanan Publik Kabupaten ..."'),
    shortName: z.string().min(3).meta(label('Nama singkat')).describe('Nama singkat untuk judul halaman'),
    region: z.string().min(3).meta(label('Daerah')).describe('Nama daerah, misalnya "Kabupaten ..."'),
    url: httpsUrl.meta(label('Alamat situs')).describe('Alamat situs resmi (dipakai untuk tautan bagikan dan kode QR)'),
    description: z
      .string()
      .min(10)
      .meta({ ...label('Deskripsi'), multiline: true })
      .describe('Penjelasan singkat tentang MPP'),
    manager: z.string().min(3).meta(label('Pengelola')).describe('Pengelola MPP, misalnya DPMPTSP'),
    timeZone: z
      .enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'])
      .default('Asia/Jakarta')
      .meta({
        ...label('Zona waktu'),
        optionLabels: { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' },
      })
      .describe('Zona waktu MPP (WIB, WITA atau WIT)'),
    address: z
      .strictObject({
        street: z.string().min(3).meta(label('Jalan')).describe('Jalan dan lokasi'),
        locality: z.string().min(3).meta(label('Kecamatan/kota')).describe('Kecamatan/kota'),
        region: z.string().min(3).meta(label('Provinsi')).describe('Provinsi'),
        note: z
          .string()
          .optional()
          .meta({ ...label('Catatan'), multiline: true })
          .describe('Catatan, misalnya bila alamat belum pasti'),
      })
      .meta(label('Alamat'))
      .describe('Alamat MPP'),
    mapUrl: httpsUrl.optional().meta(label('Tautan peta')).describe('Tautan peta (dibuka di aplikasi peta warga)'),
    contacts: contactSchema.optional(),
    hours: z
      .array(dayHours)
      .min(1)
      .meta(label('Jam layanan'))
      .describe('Jam layanan per hari; hari yang tidak diisi berarti tutup'),
    shiftRule: z
      .string()
      .min(10)
      .meta({ ...label('Sistem shift'), multiline: true })
      .describe('Penjelasan sistem shift: loket tetap dilayani saat jam istirahat'),
    trial: z
      .strictObject({
        start: calendarDate.meta(label('Mulai')),
        end: calendarDate.meta(label('Selesai')),
        note: z.string().optional().meta(label('Keterangan')).describe('Keterangan'),
      })
      .refine((t) => t.end >= t.start, { message: 'Tanggal akhir harus setelah tanggal mulai', path: ['end'] })
      .optional()
      .meta(label('Masa uji coba'))
      .describe('Masa uji coba, bila ada'),
    announcement: z
      .strictObject({
        text: z.string().min(5).max(200).meta(label('Isi pengumuman')).describe('Isi pengumuman singkat'),
        level: z.enum(['info', 'penting', 'darurat']).meta(label('Tingkat')).describe('Tingkat pengumuman'),
        expires: calendarDate
          .meta(label('Berlaku sampai'))
          .describe('Pengumuman tidak tampil lagi setelah tanggal ini'),
        link: linkTarget.optional().meta(label('Tautan')),
      })
      .optional()
      .meta(label('Pengumuman'))
      .describe('Pengumuman di bagian atas setiap halaman'),
    complaints: z
      .strictObject({
        laporUrl: httpsUrl.meta(label('Tautan SP4N-LAPOR!')).describe('Tautan SP4N-LAPOR!'),
        ombudsman: z.string().optional().meta(label('Ombudsman')).describe('Perwakilan Ombudsman RI setempat'),
        local: z
          .string()
          .optional()
          .meta(label('Saluran pengaduan setempat'))
          .describe('Saluran pengaduan MPP setempat, bila sudah ada'),
      })
      .meta(label('Pengaduan'))
      .describe('Saluran pengaduan'),
    surveyUrl: httpsUrl
      .optional()
      .meta(label('Tautan survei'))
      .describe('Tautan Survei Kepuasan Masyarakat (SKM), bila ada'),
    featuredServices: z
      .array(service().meta(label('Layanan')))
      .max(9)
      .default([])
      .meta(label('Layanan unggulan'))
      .describe('Layanan yang ditonjolkan di beranda (paling banyak 9)'),
    serviceCount: z
      .number()
      .int()
      .min(1)
      .optional()
      .meta(label('Jumlah jenis layanan'))
      .describe('Jumlah jenis layanan yang disebut pengelola'),
  });

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

export const closuresSchema = () =>
  z.strictObject({
    closures: z
      .array(
        z
          .strictObject({
            date: calendarDate.meta(label('Tanggal')).describe('Tanggal'),
            name: z.string().min(3).meta(label('Nama')).describe('Nama hari libur atau alasan tutup'),
            kind: z.enum(['libur-nasional', 'cuti-bersama', 'penutupan']).meta(label('Jenis')).describe('Jenis'),
          })
          .meta(label('Hari tutup')),
      )
      .meta(label('Hari tutup'))
      .describe(
        'Hari libur nasional, cuti bersama (SKB tiga menteri) dan penutupan MPP. Libur tahun berikutnya ditambahkan setelah SKB-nya terbit.',
      ),
    specialHours: z
      .array(
        z
          .strictObject({
            name: z
              .string()
              .min(3)
              .meta(label('Nama periode'))
              .describe('Nama periode, misalnya "Jam layanan Ramadan"'),
            start: calendarDate.meta(label('Mulai')).describe('Mulai'),
            end: calendarDate.meta(label('Selesai')).describe('Selesai'),
            hours: z.array(dayHours).min(1).meta(label('Jam layanan')).describe('Jam layanan selama periode ini'),
          })
          .refine((p) => p.end >= p.start, { message: 'Tanggal selesai harus setelah tanggal mulai', path: ['end'] })
          .meta(label('Periode')),
      )
      .default([])
      .meta(label('Jam layanan khusus'))
      .describe('Periode dengan jam layanan khusus (misalnya Ramadan)'),
    basis: z
      .array(z.string().meta({ ...label('Dasar penetapan'), multiline: true }))
      .default([])
      .meta(label('Dasar penetapan'))
      .describe('Dasar penetapan hari libur (SKB)'),
  });
