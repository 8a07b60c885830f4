/**
 * Indonesian words and sentence patterns for generated content. Real words in real sentence
 * shapes, so that Pagefind's index, its stemming and the excerpt lengths behave as they do on
 * a real MPP site; lorem ipsum would make the search figures meaningless.
 */
import type { Random } from './random';

export const DISTRICTS = [
  'Indralaya',
  'Indralaya Utara',
  'Indralaya Selatan',
  'Tanjung Raja',
  'Tanjung Batu',
  'Pemulutan',
  'Pemulutan Selatan',
  'Pemulutan Barat',
  'Rantau Alai',
  'Rantau Panjang',
  'Muara Kuang',
  'Lubuk Keliat',
  'Payaraman',
  'Rambang Kuang',
  'Sungai Pinang',
  'Kandis',
];

export const VILLAGES = [
  'Burai',
  'Meranjat',
  'Tanjung Gelam',
  'Muara Penimbung',
  'Limbang Jaya',
  'Tebing Gerinting',
  'Sakatiga',
  'Tanjung Pering',
  'Pulau Negara',
  'Sejangko',
  'Talang Aur',
  'Ulak Kerbau',
  'Seri Kembang',
  'Payakabung',
  'Tanjung Lubuk',
  'Kota Daro',
];

const SERVICE_ACTIONS = [
  'Penerbitan',
  'Perpanjangan',
  'Perubahan Data',
  'Legalisir',
  'Pencetakan Ulang',
  'Pendaftaran',
  'Rekomendasi',
  'Pengesahan',
  'Konsultasi',
  'Pembaruan',
  'Verifikasi',
  'Penggantian',
];

/** What services are about, by category id of the sample's categories.yml; others use GENERIC. */
const SUBJECTS_BY_CATEGORY: Record<string, string[]> = {
  kependudukan: ['Akta Perkawinan', 'Surat Keterangan Domisili', 'Akta Perceraian', 'Surat Keterangan Ahli Waris'],
  perizinan: ['Izin Apotek', 'Izin Toko Obat', 'Izin Rumah Kos', 'Sertifikat Laik Fungsi', 'Izin Usaha Toko Modern'],
  'usaha-koperasi': ['Tanda Daftar Gudang', 'Izin Usaha Perikanan', 'Kartu Anggota Koperasi', 'Izin Penggilingan Padi'],
  'penelitian-organisasi': ['Izin Penelitian Mahasiswa', 'Surat Keterangan Terdaftar Yayasan', 'Izin Keramaian'],
  sosial: ['Surat Keterangan Tidak Mampu', 'Bantuan Pangan Lansia', 'Kartu Penyandang Disabilitas'],
  kendaraan: ['Mutasi Kendaraan', 'Blokir STNK', 'Pajak Kendaraan Roda Tiga', 'Cetak Ulang TNKB'],
  'jaminan-sosial': ['Kepesertaan JKN Bayi Baru Lahir', 'Klaim JKK', 'Kartu BPJS Pekerja Migran'],
  listrik: ['Penyambungan Sementara Listrik', 'Migrasi Meter Prabayar', 'Balik Nama Pelanggan Listrik'],
  'perbankan-pajak': ['Rekening Pelajar', 'Pembayaran BPHTB', 'Pajak Restoran', 'Kredit Usaha Rakyat'],
};
const GENERIC_SUBJECTS = ['Surat Keterangan', 'Izin Usaha', 'Rekomendasi Teknis', 'Tanda Daftar'];

const PEOPLE = [
  'Warga',
  'Pemohon',
  'Pelaku usaha',
  'Orang tua',
  'Ahli waris',
  'Pengurus koperasi',
  'Pemilik kendaraan',
  'Calon pekerja',
  'Petani',
  'Nelayan',
  'Pedagang pasar',
  'Pengusaha mikro',
];

const PLACES = [
  'loket instansi di MPP',
  'meja informasi MPP',
  'kantor kecamatan',
  'kantor desa',
  'ruang konsultasi MPP',
  'gerai UMKM',
];

const DOCUMENTS = [
  'Kartu Keluarga',
  'KTP-el',
  'pas foto berwarna',
  'surat pengantar desa',
  'bukti pembayaran pajak',
  'formulir permohonan',
  'surat kuasa bermeterai',
  'akta pendirian usaha',
  'denah lokasi usaha',
  'fotokopi sertifikat tanah',
  'surat pernyataan',
  'NIB',
];

const OUTCOMES = [
  'berkas diperiksa pada hari yang sama',
  'dokumen dapat diambil setelah diverifikasi',
  'petugas memberi tanda terima sebagai bukti',
  'hasilnya dikirim melalui pesan singkat',
  'permohonan dicatat dalam sistem daring',
  'pemohon mendapat nomor registrasi',
];

const TIMES = [
  'pada jam layanan',
  'sebelum pukul 14.00',
  'setiap hari kerja',
  'tanpa perlu antre lama',
  'sesuai jadwal loket',
  'setelah berkas lengkap',
];

const ADVICE = [
  'Periksa kembali kelengkapan berkas sebelum berangkat.',
  'Bawa dokumen asli untuk dicocokkan oleh petugas.',
  'Tanyakan kepada petugas bila ada persyaratan yang belum jelas.',
  'Simpan tanda terima sampai dokumen selesai diproses.',
  'Laporkan pungutan di luar ketentuan melalui SP4N-LAPOR!.',
  'Gunakan nomor antrean dari mesin antrean di pintu masuk.',
];

const NEWS_ACTORS = ['Disdukcapil', 'DPMPTSP', 'Dinas Sosial', 'Samsat', 'BPJS Kesehatan', 'PLN', 'Bank Sumsel Babel'];
const NEWS_ACTIONS = [
  'membuka layanan jemput bola',
  'menggelar sosialisasi',
  'menambah kuota antrean',
  'memperpanjang jam layanan',
  'meluncurkan pendaftaran daring',
  'mengadakan pelatihan petugas',
  'menyerahkan dokumen secara serentak',
];
const NEWS_TOPICS = [
  'perekaman KTP-el',
  'perizinan usaha mikro',
  'pembaruan data bansos',
  'pajak kendaraan',
  'pendaftaran JKN',
  'pasang baru listrik',
  'pembukaan rekening pelajar',
  'akta kelahiran',
];

export const NEWS_TAGS = [
  'mpp',
  'pelayanan-publik',
  'jemput-bola',
  'adminduk',
  'perizinan',
  'umkm',
  'jam-layanan',
  'sosialisasi',
  'bansos',
  'kendaraan',
  'kesehatan',
  'listrik',
];

const FIRST_NAMES = [
  'Siti',
  'Ahmad',
  'Nurhayati',
  'Rudi',
  'Dewi',
  'Hendra',
  'Yuliana',
  'Iwan',
  'Rahmawati',
  'Bambang',
  'Fitri',
  'Agus',
];
const LAST_NAMES = ['Saputra', 'Lestari', 'Hidayat', 'Wulandari', 'Kurniawan', 'Pratama', 'Rahman', 'Susanti'];

export const PRODUCTS: Record<string, string[]> = {
  'kain-tenun': ['Kain songket lepus', 'Selendang songket', 'Kain tajung', 'Kain jumputan', 'Tanjak songket'],
  kerajinan: ['Tikar purun', 'Tas anyaman purun', 'Gelang perak', 'Bakul rotan', 'Miniatur perahu bidar'],
  makanan: ['Kemplang ikan gabus', 'Kerupuk kulit', 'Kue semprong', 'Pempek kering', 'Bumbu pindang', 'Madu hutan'],
};

/** A service name and its search aliases, unique by district. */
export function serviceTitle(random: Random, category: string, district: string): { title: string; aliases: string[] } {
  const action = random.pick(SERVICE_ACTIONS);
  const subject = random.pick(SUBJECTS_BY_CATEGORY[category] ?? GENERIC_SUBJECTS);
  return {
    title: `${action} ${subject} (Kecamatan ${district})`,
    aliases: [subject.toLowerCase(), `${action} ${subject}`.toLowerCase(), `urus ${subject.toLowerCase()}`],
  };
}

function sentence(random: Random, service: string): string {
  const patterns = [
    () => `${random.pick(PEOPLE)} dapat mengurus ${service} di ${random.pick(PLACES)} ${random.pick(TIMES)}.`,
    () => `Siapkan ${random.sample(DOCUMENTS, 2).join(' dan ')} agar ${random.pick(OUTCOMES)}.`,
    () => `Setelah permohonan diterima, ${random.pick(OUTCOMES)}.`,
    () => `${random.pick(PEOPLE)} dari Kecamatan ${random.pick(DISTRICTS)} tidak perlu lagi ke ${random.pick(PLACES)}.`,
    () => random.pick(ADVICE),
  ];
  return random.pick(patterns)();
}

export function paragraph(random: Random, topic: string, sentences = random.int(3, 5)): string {
  return Array.from({ length: sentences }, () => sentence(random, topic)).join(' ');
}

export function serviceSummary(random: Random, title: string): string {
  return `${title}: ${random.pick(PEOPLE).toLowerCase()} cukup datang ke MPP, ${random.pick(OUTCOMES)}.`.slice(0, 240);
}

export function newsHeadline(random: Random): { title: string; topic: string } {
  const topic = random.pick(NEWS_TOPICS);
  return {
    title: `${random.pick(NEWS_ACTORS)} ${random.pick(NEWS_ACTIONS)} ${topic} di ${random.pick(DISTRICTS)}`,
    topic,
  };
}

export function personName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
}

export function price(random: Random): string {
  const low = random.int(2, 40) * 5000;
  return `Rp${low.toLocaleString('id-ID')}–${(low * 2).toLocaleString('id-ID')}`;
}

/** Text of a procedure step. */
export function step(random: Random): string {
  return random.pick([
    'Ambil nomor antrean untuk loket yang melayani.',
    `Serahkan ${random.pick(DOCUMENTS)} kepada petugas.`,
    'Petugas memeriksa kelengkapan dan keabsahan berkas.',
    `Isi ${random.pick(['formulir permohonan', 'surat pernyataan', 'data pemohon'])} dengan lengkap.`,
    `Tunggu pemberitahuan petugas; ${random.pick(OUTCOMES)}.`,
    'Terima dokumen dan periksa kebenaran datanya sebelum meninggalkan loket.',
  ]);
}

/** A booth's description: where the product comes from and how it is made. */
export function boothDescription(random: Random, product: string, village: string): string {
  const sentences = [
    `${product} ini dibuat oleh perajin di Desa ${village} dengan bahan dari kebun dan sungai sekitar.`,
    `Pengunjung MPP dapat membeli ${product.toLowerCase()} sambil menunggu antrean loket.`,
    `Usaha ini ${random.pick(['dirintis sejak', 'mulai berjualan pada', 'terdaftar dengan NIB sejak'])} tahun ${random.int(2008, 2024)}.`,
    `Pesanan dalam jumlah besar ${random.pick(['dapat diantar ke kantor', 'dilayani melalui WhatsApp', 'perlu dipesan seminggu sebelumnya'])}.`,
  ];
  return random.sample(sentences, random.int(2, 4)).join(' ');
}
