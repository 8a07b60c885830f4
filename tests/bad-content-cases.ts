/**
 * Named examples of bad content: each is one edit to a copy of the sample content and the exact
 * problems it must produce, file and field named. `tests/unit/bad-content.test.ts` runs every
 * case through `checkContent()`; `tests/build/bad-content-build.test.ts` runs a few through the
 * real build to prove the build stops on them too. A new case is one entry here.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';

type Data = Record<string, unknown>;

export interface BadContentCase {
  name: string;
  /** Changes the content under `root` (a folder holding content/) so that it is wrong. */
  apply: (root: string) => void;
  /** Every problem `checkContent()` must report, in order. */
  problems: string[];
}

const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');
const write = (root: string, file: string, text: string) => writeFileSync(join(root, file), text);

/** Rewrites an MDX file's frontmatter through a function on its parsed data. */
function editFrontmatter(root: string, file: string, edit: (data: Data) => void) {
  const [, yaml, ...body] = read(root, file).split(/^---$/m);
  const data = load(yaml) as Data;
  edit(data);
  write(root, file, `---\n${dump(data)}---${body.join('---')}`);
}
function editYaml(root: string, file: string, edit: (data: Data) => void) {
  const data = load(read(root, file)) as Data;
  edit(data);
  write(root, file, dump(data));
}
/** Replaces one exact piece of text in a file, failing loudly if the sample changed. */
function replaceText(root: string, file: string, from: string | RegExp, to: string) {
  const text = read(root, file);
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file} no longer contains ${from}: update this test case`);
  write(root, file, next);
}

export const KTP = 'content/services/ktp-el-baru.mdx';
const NIB = 'content/services/nib-oss.mdx';
const BOOTH = 'content/booths/g-01-songket-tanjung-batu.mdx';
const BOOTH_2 = 'content/booths/g-02-kemplang-tanjung-gelam.mdx';
const CAMPAIGN = 'content/campaigns/dokumen-kependudukan-gratis.mdx';
export const NEWS = 'content/news/uji-coba-mpp-ogan-ilir.mdx';
const JOURNEY = 'content/journeys/kelahiran.mdx';
const AGENCY = 'content/agencies/pln.mdx';
const SITE = 'content/settings/site.yml';
const CLOSURES = 'content/settings/closures.yml';
const FLOORPLAN = 'content/settings/floorplan.yml';

/** Adds an image file under content/uploads/ for cases about an image's fields. */
function addUpload(root: string) {
  mkdirSync(join(root, 'content/uploads'), { recursive: true });
  write(root, 'content/uploads/foto.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
}

export const badContentCases: BadContentCase[] = [
  {
    name: 'missing title',
    apply: (r) => editFrontmatter(r, KTP, (d) => delete d.title),
    problems: ['content/services/ktp-el-baru.mdx: field "title": wajib diisi'],
  },
  {
    name: 'requirements as text instead of a list',
    apply: (r) => editFrontmatter(r, KTP, (d) => (d.requirements = 'KK dan KTP')),
    problems: ['content/services/ktp-el-baru.mdx: field "requirements": harus berupa daftar'],
  },
  {
    name: 'empty requirements on a published service',
    apply: (r) => editFrontmatter(r, KTP, (d) => (d.requirements = [])),
    problems: [
      'content/services/ktp-el-baru.mdx: field "requirements": Layanan yang terbit wajib punya minimal satu persyaratan',
    ],
  },
  {
    name: 'unknown key (typo)',
    apply: (r) => editFrontmatter(r, KTP, (d) => (d.titel = 'KTP')),
    problems: ['content/services/ktp-el-baru.mdx: field "titel": isian ini tidak dikenal'],
  },
  {
    name: 'summary too long',
    apply: (r) => editFrontmatter(r, KTP, (d) => (d.summary = 'panjang '.repeat(40))),
    problems: ['content/services/ktp-el-baru.mdx: field "summary": isi paling banyak 240 karakter'],
  },
  {
    name: 'verified flag as text',
    apply: (r) => editFrontmatter(r, KTP, (d) => (d.verified = 'ya')),
    problems: ['content/services/ktp-el-baru.mdx: field "verified": harus berupa pilihan ya atau tidak'],
  },
  {
    name: 'unknown requirement form',
    apply: (r) => editFrontmatter(r, KTP, (d) => ((d.requirements as Data[])[0].form = 'salinan')),
    problems: [
      'content/services/ktp-el-baru.mdx: field "requirements[0].form": pilih salah satu: "asli", "fotokopi", "asli-dan-fotokopi", "ditunjukkan", "isian", "lainnya"',
    ],
  },
  {
    name: 'agency that does not exist',
    apply: (r) => editFrontmatter(r, KTP, (d) => (d.agency = 'dinas-tidak-ada')),
    problems: [
      'content/services/ktp-el-baru.mdx: field "agency": instansi "dinas-tidak-ada" tidak ada di content/agencies/',
    ],
  },
  {
    name: 'category that does not exist',
    apply: (r) => editFrontmatter(r, KTP, (d) => (d.category = 'hiburan')),
    problems: [
      'content/services/ktp-el-baru.mdx: field "category": kategori "hiburan" tidak ada di content/settings/categories.yml',
    ],
  },
  {
    name: 'booking URL without https',
    apply: (r) => editFrontmatter(r, NIB, (d) => (d.bookingUrl = 'http://oss.go.id')),
    problems: [
      'content/services/nib-oss.mdx: field "bookingUrl": Tautan harus diawali https:// dan tidak boleh berisi spasi, tanda petik, < atau >',
    ],
  },
  {
    name: 'online-first service without a booking link',
    apply: (r) => editFrontmatter(r, KTP, (d) => (d.delivery = 'daftar-daring')),
    problems: [
      'content/services/ktp-el-baru.mdx: field "bookingUrl": Layanan dengan pendaftaran daring wajib mencantumkan tautan pendaftaran',
    ],
  },
  {
    name: 'paid fee without its amount',
    apply: (r) => editFrontmatter(r, KTP, (d) => (d.fee = { status: 'berbayar', basis: 'Perda' })),
    problems: [
      'content/services/ktp-el-baru.mdx: field "fee.details": Layanan yang tidak gratis wajib menjelaskan biayanya atau bahwa biaya belum dikonfirmasi',
    ],
  },
  {
    name: 'lastReviewed that is not a date',
    apply: (r) => editFrontmatter(r, KTP, (d) => (d.lastReviewed = 'kemarin')),
    problems: [
      'content/services/ktp-el-baru.mdx: field "lastReviewed": Tanggal tidak valid; tulis dengan format TTTT-BB-HH',
    ],
  },
  {
    name: 'impossible date (30 February)',
    apply: (r) => replaceText(r, NEWS, /^date: .*$/m, 'date: 2025-02-30'),
    problems: ['content/news/uji-coba-mpp-ogan-ilir.mdx: field "date": tanggal "2025-02-30" tidak ada di kalender'],
  },
  {
    name: 'campaign ending before it starts',
    apply: (r) => replaceText(r, CAMPAIGN, 'end: 2026-12-31', 'end: 2026-10-01'),
    problems: [
      'content/campaigns/dokumen-kependudukan-gratis.mdx: field "end": Tanggal akhir harus setelah tanggal mulai',
    ],
  },
  {
    name: 'campaign link with javascript:',
    apply: (r) => replaceText(r, CAMPAIGN, 'url: /layanan/ktp-el-baru/', 'url: "javascript:alert(1)"'),
    problems: [
      'content/campaigns/dokumen-kependudukan-gratis.mdx: field "cta.url": Tautan harus berupa alamat di situs ini (diawali /) atau tautan https://, tanpa spasi, tanda petik, < atau >',
    ],
  },
  {
    name: 'booth period ending before it starts',
    apply: (r) => replaceText(r, BOOTH, 'end: 2025-07-04', 'end: 2025-05-01'),
    problems: [
      'content/booths/g-01-songket-tanjung-batu.mdx: field "schedule[0].end": Tanggal selesai harus setelah tanggal mulai',
    ],
  },
  {
    name: 'booth WhatsApp number in local format',
    apply: (r) => editFrontmatter(r, BOOTH, (d) => (d.whatsapp = '0812-3456-7890')),
    problems: [
      'content/booths/g-01-songket-tanjung-batu.mdx: field "whatsapp": Nomor WhatsApp harus diawali 62 tanpa tanda +, spasi, atau tanda hubung',
    ],
  },
  {
    name: 'picture in the body without alternative text',
    apply: (r) => {
      addUpload(r);
      write(r, NEWS, `${readFileSync(join(r, NEWS), 'utf8')}\n![](../uploads/foto.svg)\n`);
    },
    problems: [
      'content/news/uji-coba-mpp-ogan-ilir.mdx: field "body": gambar "../uploads/foto.svg" tidak punya teks alternatif; isi Teks alternatif gambar itu',
    ],
  },
  {
    name: 'duplicate booth code',
    apply: (r) => editFrontmatter(r, BOOTH_2, (d) => (d.code = 'G-01')),
    problems: [
      'content/booths/g-01-songket-tanjung-batu.mdx: field "code": kode gerai G-01 sudah dipakai oleh "g-02-kemplang-tanjung-gelam"',
      'content/booths/g-02-kemplang-tanjung-gelam.mdx: field "code": kode gerai G-01 sudah dipakai oleh "g-01-songket-tanjung-batu"',
    ],
  },
  {
    name: 'two booths in one slot at the same time',
    apply: (r) => editFrontmatter(r, BOOTH_2, (d) => (d.slot = 'G-01')),
    problems: [
      'content/booths/g-01-songket-tanjung-batu.mdx: field "schedule": petak G-01 sudah ditempati "g-02-kemplang-tanjung-gelam" pada periode yang sama',
      'content/booths/g-02-kemplang-tanjung-gelam.mdx: field "schedule": petak G-01 sudah ditempati "g-01-songket-tanjung-batu" pada periode yang sama',
    ],
  },
  {
    name: 'journey step pointing at a missing service',
    apply: (r) => editFrontmatter(r, JOURNEY, (d) => ((d.steps as Data[])[0].service = 'akta-hilang')),
    problems: [
      'content/journeys/kelahiran.mdx: field "steps[0].service": layanan "akta-hilang" tidak ada di content/services/',
    ],
  },
  {
    name: 'service made a draft while other entries still point at it',
    apply: (r) => editFrontmatter(r, 'content/services/akta-kelahiran.mdx', (d) => (d.draft = true)),
    problems: [
      'content/journeys/kelahiran.mdx: field "steps[0].service": layanan "akta-kelahiran" masih draf sehingga tidak punya halaman',
      'content/news/dokumen-kependudukan-gratis-dasar-hukum.mdx: field "relatedServices[3]": layanan "akta-kelahiran" masih draf sehingga tidak punya halaman',
      'content/campaigns/dokumen-kependudukan-gratis.mdx: field "relatedServices[2]": layanan "akta-kelahiran" masih draf sehingga tidak punya halaman',
      'content/settings/site.yml: field "featuredServices[2]": layanan "akta-kelahiran" masih draf sehingga tidak punya halaman',
    ],
  },
  {
    name: 'news related to a missing service',
    apply: (r) => editFrontmatter(r, NEWS, (d) => (d.relatedServices = ['tidak-ada'])),
    problems: [
      'content/news/uji-coba-mpp-ogan-ilir.mdx: field "relatedServices[0]": layanan "tidak-ada" tidak ada di content/services/',
    ],
  },
  {
    name: 'news tag with capitals and spaces',
    apply: (r) => editFrontmatter(r, NEWS, (d) => (d.tags = ['Uji Coba'])),
    problems: [
      'content/news/uji-coba-mpp-ogan-ilir.mdx: field "tags[0]": Tag hanya huruf kecil, angka dan tanda hubung',
    ],
  },
  {
    name: 'image without alt text',
    apply: (r) => {
      addUpload(r);
      editFrontmatter(r, NEWS, (d) => (d.cover = { src: '../uploads/foto.svg', alt: '' }));
    },
    problems: ['content/news/uji-coba-mpp-ogan-ilir.mdx: field "cover.alt": Teks alternatif gambar wajib diisi'],
  },
  {
    name: 'agency kind that does not exist',
    apply: (r) => editFrontmatter(r, AGENCY, (d) => (d.kind = 'swasta')),
    problems: [
      'content/agencies/pln.mdx: field "kind": pilih salah satu: "perangkat-daerah", "instansi-vertikal", "bumn", "bank"',
    ],
  },
  {
    name: 'counter claimed by two agencies',
    apply: (r) => editFrontmatter(r, AGENCY, (d) => (d.counters = ['3'])),
    problems: [
      'content/agencies/disdukcapil.mdx: field "counters": loket 3 sudah dipakai oleh "pln"',
      'content/agencies/pln.mdx: field "counters": loket 3 sudah dipakai oleh "disdukcapil"',
    ],
  },
  {
    name: 'duplicate slug (.mdx file with the same id)',
    apply: (r) =>
      write(r, 'content/services/ktp-el-baru-salinan.mdx', read(r, KTP).replace('---\n', '---\nslug: ktp-el-baru\n')),
    problems: ['content/services/ktp-el-baru-salinan.mdx: field "slug": isian ini tidak dikenal'],
  },
  {
    name: 'malformed YAML frontmatter',
    apply: (r) => replaceText(r, KTP, /^title: .*$/m, 'title: "KTP-el tanpa tanda kutip penutup'),
    problems: [
      'content/services/ktp-el-baru.mdx: YAML tidak bisa dibaca (baris 3): jarak masuk (indentasi) tidak sesuai',
    ],
  },
  {
    name: 'booth slot that is not on the floor plan',
    apply: (r) => editFrontmatter(r, BOOTH, (d) => (d.slot = 'G-99')),
    problems: [
      'content/booths/g-01-songket-tanjung-batu.mdx: field "slot": petak "G-99" tidak ada di denah (content/settings/floorplan.yml)',
    ],
  },
  {
    name: 'agency counter missing from the floor plan',
    apply: (r) => editFrontmatter(r, AGENCY, (d) => (d.counters = ['15', '40'])),
    problems: [
      'content/agencies/pln.mdx: field "counters": loket 40 tidak ada di denah (content/settings/floorplan.yml)',
    ],
  },
  {
    name: 'floor plan area outside the hall',
    apply: (r) => editYaml(r, FLOORPLAN, (d) => ((d.areas as Data[])[0].x = 100)),
    problems: ['content/settings/floorplan.yml: field "areas[0]": Petak "loket-dpmptsp" keluar dari batas denah'],
  },
  {
    name: 'site hours closing before opening',
    apply: (r) => editYaml(r, SITE, (d) => ((d.hours as Data[])[0].close = '07:00')),
    problems: ['content/settings/site.yml: field "hours[0].close": Jam tutup harus setelah jam buka'],
  },
  {
    name: 'site clock time in words',
    apply: (r) => editYaml(r, SITE, (d) => ((d.hours as Data[])[0].open = '8 pagi')),
    problems: [
      'content/settings/site.yml: field "hours[0].open": Tulis jam dengan format JJ:MM, misalnya 08:00',
      'content/settings/site.yml: field "hours[0].close": Jam tutup harus setelah jam buka',
    ],
  },
  {
    name: 'site without complaint channels',
    apply: (r) => editYaml(r, SITE, (d) => delete d.complaints),
    problems: ['content/settings/site.yml: field "complaints": wajib diisi'],
  },
  {
    name: 'featured service that does not exist',
    apply: (r) => editYaml(r, SITE, (d) => (d.featuredServices = ['ktp-el-baru', 'layanan-hilang'])),
    problems: [
      'content/settings/site.yml: field "featuredServices[1]": layanan "layanan-hilang" tidak ada di content/services/',
    ],
  },
  {
    name: 'visit page that does not exist',
    apply: (r) => editYaml(r, SITE, (d) => (d.visitPage = 'halaman-hilang')),
    problems: ['content/settings/site.yml: field "visitPage": halaman "halaman-hilang" tidak ada di content/pages/'],
  },
  {
    name: 'settings file missing',
    apply: (r) => rmSync(join(r, CLOSURES)),
    problems: ['content/settings/closures.yml: berkas tidak ada; situs tidak bisa dibangun tanpanya'],
  },
  {
    name: 'impossible holiday date',
    apply: (r) => replaceText(r, CLOSURES, 'date: 2025-01-01', 'date: 2025-02-30'),
    problems: ['content/settings/closures.yml: field "closures[0].date": tanggal "2025-02-30" tidak ada di kalender'],
  },
];
