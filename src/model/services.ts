/** A service guide, the six published components of the Standar Pelayanan and the rest of
 * Permenpan RB 15/2014: `content/services/<id>.mdx`. */
import { z } from 'astro/zod';
import { type AgencyRef, draftFlag, httpsUrl, label, reviewDate, searchAliases } from './parts';

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
      aliases: searchAliases,
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
          amount: z
            .number()
            .int()
            .min(1)
            .optional()
            .meta(label('Besar biaya (Rp)'))
            .describe(
              'Hanya bila satu jumlah tetap berlaku bagi setiap pemohon, dalam rupiah tanpa titik; rencana kunjungan menjumlahkannya. Kosongkan bila besarnya bergantung pada kasus',
            ),
        })
        .refine((fee) => fee.status === 'gratis' || Boolean(fee.details), {
          message: 'Layanan yang tidak gratis wajib menjelaskan biayanya atau bahwa biaya belum dikonfirmasi',
          path: ['details'],
        })
        .refine((fee) => fee.amount === undefined || fee.status === 'berbayar', {
          message: 'Besar biaya hanya diisi untuk layanan berbayar',
          path: ['amount'],
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
      otherWays: z
        .array(
          z
            .strictObject({
              how: z
                .enum(['daring', 'telepon', 'desa-kecamatan', 'kantor-instansi', 'pos'])
                .meta({
                  ...label('Cara'),
                  optionLabels: {
                    daring: 'Daring (situs atau aplikasi)',
                    telepon: 'Telepon atau WhatsApp',
                    'desa-kecamatan': 'Kantor desa atau kecamatan',
                    'kantor-instansi': 'Kantor instansi',
                    pos: 'Pos',
                  },
                })
                .describe('Lewat apa layanan ini bisa diurus selain di MPP'),
              name: z
                .string()
                .min(2)
                .meta(label('Nama'))
                .describe('Nama aplikasi, situs, nomor, atau tempat, misalnya "Aplikasi Mobile JKN"'),
              url: httpsUrl.optional().meta(label('Tautan')).describe('Tautan resminya, bila ada'),
              note: z
                .string()
                .min(3)
                .optional()
                .meta(label('Keterangan'))
                .describe('Apa yang bisa diurus di sana bila tidak semuanya, misalnya "hanya pendaftaran"'),
              source: z
                .string()
                .min(3)
                .meta(label('Dasar atau sumber'))
                .describe('Peraturan atau sumber resmi yang menyebut cara ini; jangan mengisi cara yang belum pasti'),
            })
            .meta(label('Cara lain')),
        )
        .default([])
        .meta(label('Bisa juga diurus'))
        .describe('Cara lain mengurus layanan ini tanpa ke MPP: aplikasi, situs, kantor desa atau kecamatan, pos'),
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
      lastReviewed: reviewDate.meta(label('Tanggal diperiksa atau diubah')),
      verified: z
        .boolean()
        .meta(label('Sudah dikonfirmasi instansi'))
        .describe(
          'Centang hanya bila instansi sudah mengonfirmasi seluruh isi panduan ini, lalu isi tanggal konfirmasinya di atas',
        ),
      draft: draftFlag,
    })
    .refine((s) => s.delivery === 'datang-langsung' || Boolean(s.bookingUrl), {
      message: 'Layanan dengan pendaftaran daring wajib mencantumkan tautan pendaftaran',
      path: ['bookingUrl'],
    });
