/**
 * Before the CMS saves, the entry is checked against the content model, so a rule Decap's
 * widgets cannot express stops the save with the field named in Indonesian, instead of
 * failing the build afterwards.
 */
import { describe, expect, it } from 'vitest';
import { plainSchema } from '../../src/model/collections';
import { entryProblems } from '../../src/cms/validate-entry';
import { pageSlugFromTitle, reservedTitleProblem } from '../../src/cms/reserved-pages';
import { reservedPageIds } from '../../src/lib/content-files';
import { projectRoot } from '../build-site';

const service = {
  title: 'Legalisir Kartu Keluarga',
  summary: 'Legalisir fotokopi Kartu Keluarga untuk keperluan administrasi.',
  agency: 'disdukcapil',
  category: 'kependudukan',
  aliases: [],
  requirements: [{ item: 'Kartu Keluarga asli', form: 'asli' }],
  steps: ['Ambil nomor antrean.'],
  duration: { text: '15 menit', basis: '' },
  fee: { status: 'gratis', basis: 'UU 24/2013 Pasal 79A', details: '' },
  product: 'Fotokopi KK yang dilegalisir',
  complaints: 'Loket pengaduan Disdukcapil',
  legalBasis: ['UU 24/2013'],
  delivery: 'datang-langsung',
  lastReviewed: '2026-11-28',
  verified: false,
  draft: false,
  body: 'Isi {bebas} <apa saja>',
};

describe('entryProblems', () => {
  it('accepts a complete entry as Decap hands it over (empty strings, dates as text, body)', () => {
    expect(entryProblems(plainSchema('services'), service)).toEqual([]);
  });

  it('names the field and the rule, in Indonesian', () => {
    const paid = { ...service, fee: { status: 'berbayar', basis: 'Perda 5/2024', details: '' } };
    expect(entryProblems(plainSchema('services'), paid)).toEqual([
      'Biaya › Rincian biaya: Layanan yang tidak gratis wajib menjelaskan biayanya atau bahwa biaya belum dikonfirmasi',
    ]);
    const online = { ...service, delivery: 'daftar-daring', bookingUrl: 'http://oss.go.id' };
    expect(entryProblems(plainSchema('services'), online)).toEqual([
      'Tautan pendaftaran: Tautan harus diawali https:// dan tidak boleh berisi spasi, tanda petik, < atau >',
    ]);
  });

  it('reports missing and too short values inside lists', () => {
    const problems = entryProblems(plainSchema('services'), {
      ...service,
      requirements: [{ item: 'K' }],
      steps: [],
    });
    expect(problems).toEqual([
      'Persyaratan › butir ke-1 › Dokumen atau syarat: isi paling sedikit 2 karakter',
      'Persyaratan › butir ke-1 › Bentuk: wajib diisi',
      // An emptied list is left out of the file altogether, so it is missing, not short.
      'Prosedur: wajib diisi',
    ]);
  });

  it('checks dates and their order in campaigns and settings', () => {
    const campaign = {
      title: 'Kampanye uji',
      summary: 'Ringkasan kampanye uji coba.',
      start: '2026-12-10',
      end: '2026-12-01',
      message: 'Datang ke MPP',
      cta: { label: 'Lihat', url: '/layanan/' },
      shareText: 'Ayo datang ke MPP minggu ini.',
      channels: ['cetak'],
    };
    expect(entryProblems(plainSchema('campaigns'), campaign)).toEqual([
      'Akhir tayang: Tanggal akhir harus setelah tanggal mulai',
    ]);
    expect(
      entryProblems(plainSchema('closures'), { closures: [{ date: '2026-13-01', name: 'Libur', kind: 'penutupan' }] }),
    ).toEqual(['Hari tutup › butir ke-1 › Tanggal: Tanggal tidak valid; tulis dengan format TTTT-BB-HH']);
  });

  it('refuses links that could break out of an attribute: quotes and angle brackets', () => {
    const campaign = {
      title: 'Kampanye uji',
      summary: 'Ringkasan kampanye uji coba.',
      start: '2026-12-01',
      end: '2026-12-10',
      message: 'Datang ke MPP',
      cta: { label: 'Lihat', url: '/layanan/"><script>' },
      shareText: 'Ayo datang ke MPP minggu ini.',
      channels: ['cetak'],
    };
    expect(entryProblems(plainSchema('campaigns'), campaign)).toEqual([
      'Ajakan bertindak › Tautan tombol: Tautan harus berupa alamat di situs ini (diawali /) atau tautan https://, tanpa spasi, tanda petik, < atau >',
    ]);
    const ok = { ...campaign, cta: { label: 'Lihat', url: 'https://www.lapor.go.id/?q=pungli&x=1' } };
    expect(entryProblems(plainSchema('campaigns'), ok)).toEqual([]);
  });
});

describe('a new page whose title would take an address the site uses', () => {
  const reserved = reservedPageIds(projectRoot);

  it('is refused for every address from src/pages/ and public/, whatever the case or spacing', () => {
    expect(reserved).toEqual(
      expect.arrayContaining(['berita', 'cari', 'admin', 'layanan', 'rencana', 'status-layanan']),
    );
    expect(reservedTitleProblem('Berita', reserved)).toBe(
      'Judul: alamat /berita/ sudah dipakai bagian lain situs; pilih judul lain',
    );
    expect(reservedTitleProblem('  Status Layanan ', reserved)).toMatch(/alamat \/status-layanan\//);
    expect(reservedTitleProblem('ADMIN', reserved)).toMatch(/alamat \/admin\//);
  });

  it('is accepted when the title makes an address of its own', () => {
    expect(pageSlugFromTitle('Tentang MPP: jam & lokasi')).toBe('tentang-mpp-jam-lokasi');
    expect(reservedTitleProblem('Berita terbaru', reserved)).toBeUndefined();
    expect(reservedTitleProblem('Tanya jawab', reserved)).toBeUndefined();
  });
});
