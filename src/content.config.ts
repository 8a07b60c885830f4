/**
 * The content model: one collection per kind of content, all read from the top-level
 * `content/` folder. Schemas are strict (an unknown key is an error) and every field has a
 * description that the CMS shows as its hint. Cross-entry rules (references that exist,
 * unique booth codes, known categories) are checked in `src/lib/content-integrity.ts`.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
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
} from './lib/schema-parts';

/** MDX entries in `content/<name>/`; files starting with `_` are ignored (templates, notes). */
const mdxIn = (name: string) => glob({ base: `./content/${name}`, pattern: '**/[^_]*.mdx' });
/** One YAML settings file in `content/settings/`, loaded as a single entry named after it. */
const settingsFile = (file: string) => glob({ base: './content/settings', pattern: file });

const agencies = defineCollection({
  loader: mdxIn('agencies'),
  schema: ({ image }) =>
    z.strictObject({
      name: z.string().min(3).describe('Nama lengkap instansi, misalnya "Dinas Kependudukan dan Pencatatan Sipil"'),
      shortName: z.string().min(2).describe('Nama singkat yang dikenal warga, misalnya "Disdukcapil"'),
      kind: z
        .enum(['perangkat-daerah', 'instansi-vertikal', 'bumn', 'bank'])
        .describe('Jenis instansi: perangkat daerah, instansi vertikal, BUMN, atau bank'),
      counters: z
        .array(z.string().regex(/^[A-Z0-9-]{1,8}$/, 'Nomor loket berupa huruf kapital/angka, misalnya 3 atau A-1'))
        .min(1, 'Isi minimal satu nomor loket')
        .describe('Nomor loket instansi ini di MPP'),
      contacts: contactSchema.optional(),
      hours: z
        .array(dayHours)
        .optional()
        .describe('Isi hanya bila jam loket instansi ini berbeda dari jam MPP (misalnya tutup lebih awal)'),
      logo: imageWithAlt(image).optional(),
      order: z.number().int().min(0).default(100).describe('Urutan tampil; angka kecil tampil lebih dulu'),
      verified: z
        .boolean()
        .describe('Centang bila data instansi ini sudah dikonfirmasi oleh instansi yang bersangkutan'),
    }),
});

const requirement = z
  .strictObject({
    item: z.string().min(2).describe('Dokumen atau syarat, misalnya "Kartu Keluarga"'),
    form: z
      .enum(['asli', 'fotokopi', 'asli-dan-fotokopi', 'ditunjukkan', 'isian', 'lainnya'])
      .describe('Bentuk: asli, fotokopi, asli dan fotokopi, cukup ditunjukkan, formulir isian, atau lainnya'),
    count: z.number().int().min(1).optional().describe('Jumlah lembar, bila ditentukan'),
    note: z.string().optional().describe('Keterangan, misalnya "ukuran 3x4, latar merah" atau "bila ada"'),
  })
  .describe('Satu persyaratan');

const services = defineCollection({
  loader: mdxIn('services'),
  schema: z
    .strictObject({
      title: z.string().min(3).describe('Nama layanan, misalnya "KTP Elektronik (KTP-el) Baru"'),
      summary: z.string().min(10).max(240).describe('Ringkasan satu-dua kalimat untuk daftar dan hasil pencarian'),
      agency: reference('agencies').describe('Instansi yang melayani'),
      category: z.string().describe('Kategori layanan (lihat Pengaturan → Kategori)'),
      aliases: z
        .array(z.string().min(2))
        .default([])
        .describe('Kata yang biasa diketik warga, misalnya "bikin ktp", "ektp", "IMB"'),
      requirements: z
        .array(requirement)
        .min(1, 'Layanan yang terbit wajib punya minimal satu persyaratan')
        .describe('Persyaratan'),
      steps: z
        .array(z.string().min(3))
        .min(1, 'Isi minimal satu langkah prosedur')
        .describe('Sistem, mekanisme dan prosedur, berurutan'),
      duration: z
        .strictObject({
          text: z.string().min(2).describe('Jangka waktu penyelesaian, misalnya "1 jam setelah berkas lengkap"'),
          basis: z.string().optional().describe('Dasar jangka waktu, bila ada'),
        })
        .describe('Jangka waktu pelayanan'),
      fee: z
        .strictObject({
          status: z
            .enum(['gratis', 'berbayar', 'belum-dikonfirmasi'])
            .describe('Gratis, berbayar, atau belum dikonfirmasi instansi (jangan menebak)'),
          details: z
            .string()
            .optional()
            .describe('Besar biaya dan apa yang menentukannya (wajib bila berbayar atau belum dikonfirmasi)'),
          basis: z.string().min(3).describe('Dasar hukum biaya atau pembebasannya'),
          paymentPlace: z.string().optional().describe('Tempat dan cara membayar'),
        })
        .refine((fee) => fee.status === 'gratis' || Boolean(fee.details), {
          message: 'Layanan yang tidak gratis wajib menjelaskan biayanya atau bahwa biaya belum dikonfirmasi',
          path: ['details'],
        })
        .describe('Biaya/tarif'),
      product: z.string().min(3).describe('Produk pelayanan yang diterima warga'),
      complaints: z.string().min(3).describe('Saluran pengaduan khusus layanan ini'),
      legalBasis: z.array(z.string().min(3)).min(1, 'Isi minimal satu dasar hukum').describe('Dasar hukum'),
      facilities: z.string().optional().describe('Sarana, prasarana dan fasilitas'),
      staffCompetence: z.string().optional().describe('Kompetensi pelaksana'),
      supervision: z.string().optional().describe('Pengawasan internal'),
      staffCount: z.string().optional().describe('Jumlah pelaksana'),
      serviceGuarantee: z.string().optional().describe('Jaminan pelayanan'),
      securityGuarantee: z.string().optional().describe('Jaminan keamanan dan keselamatan pelayanan'),
      evaluation: z.string().optional().describe('Evaluasi kinerja pelaksana'),
      delivery: z
        .enum(['datang-langsung', 'daftar-daring', 'keduanya'])
        .describe('Datang langsung, wajib daftar daring dulu, atau keduanya bisa'),
      bookingUrl: httpsUrl.optional().describe('Tautan pendaftaran daring, bila ada'),
      quota: z.string().optional().describe('Kuota harian, bila ada'),
      notHere: z
        .array(
          z.strictObject({
            what: z.string().min(3).describe('Hal yang tidak dilayani di MPP'),
            where: z.string().min(3).describe('Tempat mengurusnya'),
          }),
        )
        .default([])
        .describe('Yang tidak dilayani di MPP dan ke mana warga harus pergi'),
      lastReviewed: calendarDate.describe('Tanggal terakhir informasi ini diperiksa'),
      verified: z.boolean().describe('Centang hanya bila instansi sudah mengonfirmasi seluruh isi panduan ini'),
      draft: draftFlag,
    })
    .refine((s) => s.delivery === 'datang-langsung' || Boolean(s.bookingUrl), {
      message: 'Layanan dengan pendaftaran daring wajib mencantumkan tautan pendaftaran',
      path: ['bookingUrl'],
    }),
});

const journeys = defineCollection({
  loader: mdxIn('journeys'),
  schema: z.strictObject({
    title: z.string().min(3).describe('Nama peristiwa, misalnya "Kelahiran anak"'),
    summary: z.string().min(10).max(240).describe('Ringkasan untuk daftar'),
    steps: z
      .array(
        z.strictObject({
          title: z.string().min(3).describe('Judul langkah'),
          service: reference('services').describe('Layanan untuk langkah ini'),
          note: z.string().optional().describe('Catatan singkat, misalnya "bila membangun tempat usaha"'),
        }),
      )
      .min(1)
      .describe('Langkah berurutan'),
    order: z.number().int().min(0).default(100).describe('Urutan tampil'),
    draft: draftFlag,
  }),
});

const news = defineCollection({
  loader: mdxIn('news'),
  schema: ({ image }) =>
    z.strictObject({
      title: z.string().min(5).describe('Judul berita'),
      date: calendarDate.describe('Tanggal terbit'),
      summary: z.string().min(10).max(300).describe('Ringkasan berita (tampil di daftar dan RSS)'),
      cover: imageWithAlt(image).optional(),
      tags: z
        .array(z.string().regex(/^[a-z0-9-]+$/, 'Tag hanya huruf kecil, angka dan tanda hubung'))
        .default([])
        .describe('Tag, huruf kecil, misalnya "uji-coba"'),
      relatedServices: z.array(reference('services')).default([]).describe('Layanan terkait'),
      draft: draftFlag,
    }),
});

const booths = defineCollection({
  loader: mdxIn('booths'),
  schema: ({ image }) =>
    z.strictObject({
      code: z
        .string()
        .regex(/^G-\d{2}$/, 'Kode gerai berformat G-01')
        .describe('Kode gerai, misalnya G-01'),
      business: z.string().min(2).describe('Nama usaha'),
      owner: z.string().min(2).describe('Nama pemilik atau pengelola'),
      category: z.string().describe('Kategori usaha (lihat Pengaturan → Kategori)'),
      origin: z.string().optional().describe('Asal usaha, misalnya "Desa Burai, Tanjung Batu"'),
      products: z
        .array(
          z.strictObject({
            name: z.string().min(2).describe('Nama produk'),
            price: z.string().optional().describe('Kisaran harga, misalnya "Rp15.000–20.000"'),
          }),
        )
        .min(1)
        .describe('Produk yang dijual'),
      photo: imageWithAlt(image).optional(),
      whatsapp: whatsappNumber.optional(),
      schedule: z
        .array(
          z
            .strictObject({ start: calendarDate.describe('Mulai'), end: calendarDate.describe('Selesai') })
            .refine((p) => p.end >= p.start, { message: 'Tanggal selesai harus setelah tanggal mulai', path: ['end'] }),
        )
        .min(1)
        .describe('Periode menempati gerai (gerai bergiliran)'),
      slot: z.string().describe('Petak gerai pada denah (lihat Pengaturan → Denah)'),
      draft: draftFlag,
    }),
});

const campaigns = defineCollection({
  loader: mdxIn('campaigns'),
  schema: ({ image }) =>
    z
      .strictObject({
        title: z.string().min(5).describe('Judul kampanye'),
        summary: z.string().min(10).max(240).describe('Ringkasan'),
        start: calendarDate.describe('Tanggal mulai tayang'),
        end: calendarDate.describe('Tanggal akhir tayang'),
        message: z.string().min(5).describe('Pesan utama, satu kalimat'),
        cta: z
          .strictObject({ label: z.string().min(2).describe('Teks tombol'), url: linkTarget })
          .describe('Ajakan bertindak'),
        relatedServices: z.array(reference('services')).default([]).describe('Layanan terkait'),
        shareText: z.string().min(10).max(500).describe('Teks untuk dibagikan lewat WhatsApp'),
        poster: imageWithAlt(image).optional(),
        channels: z
          .array(z.enum(['cetak', 'elektronik', 'media-sosial']))
          .min(1)
          .describe('Saluran sosialisasi yang dipakai'),
        draft: draftFlag,
      })
      .refine((c) => c.end >= c.start, { message: 'Tanggal akhir harus setelah tanggal mulai', path: ['end'] }),
});

const pages = defineCollection({
  loader: mdxIn('pages'),
  schema: z.strictObject({
    title: z.string().min(2).describe('Judul halaman'),
    summary: z.string().min(10).max(240).describe('Ringkasan untuk mesin pencari dan tautan yang dibagikan'),
    order: z.number().int().min(0).default(100).describe('Urutan di menu bawah'),
    lastReviewed: calendarDate.optional().describe('Tanggal terakhir diperiksa'),
    draft: draftFlag,
  }),
});

const site = defineCollection({
  loader: settingsFile('site.yml'),
  schema: z.strictObject({
    name: z.string().min(3).describe('Nama lengkap, misalnya "Mal Pelayanan Publik Kabupaten ..."'),
    shortName: z.string().min(3).describe('Nama singkat untuk judul halaman'),
    region: z.string().min(3).describe('Nama daerah, misalnya "Kabupaten ..."'),
    url: httpsUrl.describe('Alamat situs resmi (dipakai untuk tautan bagikan dan kode QR)'),
    description: z.string().min(10).describe('Penjelasan singkat tentang MPP'),
    manager: z.string().min(3).describe('Pengelola MPP, misalnya DPMPTSP'),
    timeZone: z
      .enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'])
      .default('Asia/Jakarta')
      .describe('Zona waktu MPP (WIB, WITA atau WIT)'),
    address: z
      .strictObject({
        street: z.string().min(3).describe('Jalan dan lokasi'),
        locality: z.string().min(3).describe('Kecamatan/kota'),
        region: z.string().min(3).describe('Provinsi'),
        note: z.string().optional().describe('Catatan, misalnya bila alamat belum pasti'),
      })
      .describe('Alamat MPP'),
    mapUrl: httpsUrl.optional().describe('Tautan peta (dibuka di aplikasi peta warga)'),
    contacts: contactSchema.optional(),
    hours: z.array(dayHours).min(1).describe('Jam layanan per hari; hari yang tidak diisi berarti tutup'),
    shiftRule: z.string().min(10).describe('Penjelasan sistem shift: loket tetap dilayani saat jam istirahat'),
    trial: z
      .strictObject({ start: calendarDate, end: calendarDate, note: z.string().optional().describe('Keterangan') })
      .refine((t) => t.end >= t.start, { message: 'Tanggal akhir harus setelah tanggal mulai', path: ['end'] })
      .optional()
      .describe('Masa uji coba, bila ada'),
    announcement: z
      .strictObject({
        text: z.string().min(5).max(200).describe('Isi pengumuman singkat'),
        level: z.enum(['info', 'penting', 'darurat']).describe('Tingkat pengumuman'),
        expires: calendarDate.describe('Pengumuman tidak tampil lagi setelah tanggal ini'),
        link: linkTarget.optional(),
      })
      .optional()
      .describe('Pengumuman di bagian atas setiap halaman'),
    complaints: z
      .strictObject({
        laporUrl: httpsUrl.describe('Tautan SP4N-LAPOR!'),
        ombudsman: z.string().optional().describe('Perwakilan Ombudsman RI setempat'),
        local: z.string().optional().describe('Saluran pengaduan MPP setempat, bila sudah ada'),
      })
      .describe('Saluran pengaduan'),
    surveyUrl: httpsUrl.optional().describe('Tautan Survei Kepuasan Masyarakat (SKM), bila ada'),
    featuredServices: z
      .array(reference('services'))
      .max(9)
      .default([])
      .describe('Layanan yang ditonjolkan di beranda (paling banyak 9)'),
    serviceCount: z.number().int().min(1).optional().describe('Jumlah jenis layanan yang disebut pengelola'),
  }),
});

const categories = defineCollection({
  loader: settingsFile('categories.yml'),
  schema: z.strictObject({
    services: z
      .array(
        z.strictObject({
          id: z
            .string()
            .regex(/^[a-z0-9-]+$/)
            .describe('Kode kategori, huruf kecil'),
          label: z.string().min(2).describe('Nama kategori'),
          description: z.string().optional().describe('Penjelasan singkat'),
        }),
      )
      .min(1)
      .describe('Kategori layanan'),
    booths: z
      .array(
        z.strictObject({
          id: z
            .string()
            .regex(/^[a-z0-9-]+$/)
            .describe('Kode kategori, huruf kecil'),
          label: z.string().min(2).describe('Nama kategori'),
        }),
      )
      .min(1)
      .describe('Kategori gerai UMKM'),
  }),
});

const closures = defineCollection({
  loader: settingsFile('closures.yml'),
  schema: z.strictObject({
    closures: z
      .array(
        z.strictObject({
          date: calendarDate.describe('Tanggal'),
          name: z.string().min(3).describe('Nama hari libur atau alasan tutup'),
          kind: z.enum(['libur-nasional', 'cuti-bersama', 'penutupan']).describe('Jenis'),
        }),
      )
      .describe('Hari libur nasional, cuti bersama dan penutupan MPP'),
    specialHours: z
      .array(
        z
          .strictObject({
            name: z.string().min(3).describe('Nama periode, misalnya "Jam layanan Ramadan"'),
            start: calendarDate.describe('Mulai'),
            end: calendarDate.describe('Selesai'),
            hours: z.array(dayHours).min(1).describe('Jam layanan selama periode ini'),
          })
          .refine((p) => p.end >= p.start, { message: 'Tanggal selesai harus setelah tanggal mulai', path: ['end'] }),
      )
      .default([])
      .describe('Periode dengan jam layanan khusus (misalnya Ramadan)'),
    basis: z.array(z.string()).default([]).describe('Dasar penetapan hari libur (SKB)'),
  }),
});

export const collections = { agencies, services, journeys, news, booths, campaigns, pages, site, categories, closures };
