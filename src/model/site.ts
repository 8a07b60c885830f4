/** The MPP's identity, address, hours and links: `content/settings/site.yml`. */
import { z } from 'astro/zod';
import { calendarDate, contactSchema, dayHours, httpsUrl, label, linkTarget, type ServiceRef } from './parts';

/**
 * The longest announcement the schema accepts. Up to about 64 characters it stays within two
 * lines on a 360 px phone beside "Selengkapnya" and the close button, even in a wide font; up to
 * this limit it may take a third line there, and a guide's key facts still fit the first screen
 * (tests/browser/first-screen.test.ts measures both).
 */
export const ANNOUNCEMENT_MAX_LENGTH = 80;

/** What fits in two lines on a phone: the length the hint asks editors to keep to. */
export const ANNOUNCEMENT_TWO_LINES = 64;

/** The zone of a site whose settings name none, and of previews until the settings load. */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

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
      .default(DEFAULT_TIME_ZONE)
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
    officialNotice: z
      .strictObject({
        label: z
          .string()
          .min(5)
          .max(80)
          .meta(label('Teks baris situs resmi'))
          .describe(
            'Teks singkat di pita atas setiap halaman, misalnya "Situs resmi Mal Pelayanan Publik Kabupaten ..."',
          ),
        howToKnow: z
          .array(
            z
              .string()
              .min(10)
              .meta({ ...label('Ciri'), multiline: true }),
          )
          .min(1)
          .meta(label('Cara memastikan situs resmi'))
          .describe(
            'Ciri situs resmi yang dapat diperiksa warga, satu per butir, misalnya alamat yang berakhiran .go.id',
          ),
        antiScam: z
          .array(
            z
              .string()
              .min(10)
              .meta({ ...label('Aturan'), multiline: true }),
          )
          .min(1)
          .meta(label('Aturan antipenipuan'))
          .describe(
            'Hal yang tidak pernah dilakukan petugas, satu per butir, misalnya meminta transfer ke rekening pribadi atau mengirim berkas APK lewat WhatsApp',
          ),
      })
      .optional()
      .meta(label('Penanda situs resmi'))
      .describe(
        'Baris di atas setiap halaman yang dapat dibuka untuk membaca cara mengenali situs resmi dan aturan antipenipuan. Bila kosong, pita atas hanya menyebut nama daerah',
      ),
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
    hoursNote: z
      .string()
      .min(10)
      .max(240)
      .optional()
      .meta({ ...label('Catatan jam layanan'), multiline: true })
      .describe(
        'Tampil di bawah jam layanan di setiap halaman. Isi bila jam layanan belum resmi, misalnya masih jam masa uji coba; kosongkan setelah jam layanan ditetapkan',
      ),
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
        text: z
          .string()
          .min(5)
          .max(ANNOUNCEMENT_MAX_LENGTH)
          .meta(label('Isi pengumuman'))
          .describe(
            `Isi pengumuman singkat, paling banyak ${ANNOUNCEMENT_MAX_LENGTH} karakter. Sampai ${ANNOUNCEMENT_TWO_LINES} karakter muat dua baris di layar ponsel tanpa menutupi isi halaman. Tulis rinciannya di halaman yang ditautkan; bila tautan diisi, "Selengkapnya" ditambahkan otomatis`,
          ),
        level: z.enum(['info', 'penting', 'darurat']).meta(label('Tingkat')).describe('Tingkat pengumuman'),
        starts: calendarDate
          .optional()
          .meta(label('Tampil mulai'))
          .describe(
            'Untuk menjadwalkan: pengumuman baru tampil pada tanggal ini (situs dibangun ulang setiap hari). Kosongkan agar langsung tampil',
          ),
        expires: calendarDate
          .meta(label('Berlaku sampai'))
          .describe('Pengumuman tidak tampil lagi setelah tanggal ini'),
        link: linkTarget.optional().meta(label('Tautan')),
      })
      .refine((a) => !a.starts || a.starts <= a.expires, {
        message: 'Tanggal mulai tampil harus sebelum atau sama dengan tanggal berlaku sampai',
        path: ['starts'],
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
      .describe(
        'Layanan yang ditonjolkan di beranda (paling banyak 9). Bila kosong, beranda menampilkan enam layanan pertama menurut abjad',
      ),
    visitPage: z
      .string()
      .optional()
      .meta({ ...label('Halaman kunjungan'), references: 'pages' })
      .describe('Halaman tentang cara berkunjung: ditautkan di menu utama dan menampilkan jam buka serta denah'),
    complaintsPage: z
      .string()
      .optional()
      .meta({ ...label('Halaman pengaduan'), references: 'pages' })
      .describe(
        'Halaman tentang cara mengadu: pencarian menunjukkannya kepada warga yang mencari "pengaduan" atau "pungli"',
      ),
    reviewPeriodMonths: z
      .number()
      .int()
      .min(1)
      .max(60)
      .default(12)
      .meta(label('Masa tinjau ulang (bulan)'))
      .describe(
        'Panduan layanan dan halaman instansi yang tidak diperiksa lebih lama dari ini diberi tanda "perlu ditinjau ulang"',
      ),
    boothSchemeAnnounced: z
      .boolean()
      .default(true)
      .meta(label('Skema gerai UMKM sudah diumumkan'))
      .describe(
        'Hapus centang selama pemerintah daerah belum mengumumkan skema gerai UMKM: gerai dan jadwalnya ditampilkan sebagai contoh, bukan sebagai gerai yang sedang berjualan',
      ),
    boothApplication: service()
      .optional()
      .meta(label('Layanan pendaftaran gerai UMKM'))
      .describe('Layanan yang menjelaskan cara mengajukan gerai UMKM; ditautkan di halaman UMKM'),
  });
