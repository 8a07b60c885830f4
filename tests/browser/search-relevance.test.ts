/**
 * Does the real Pagefind index, in a real browser, put the right guide on top for what
 * residents actually type? Each query's expected page must be in the top 3, and at least
 * 85% must be first. When a query fails in real use, add it here.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEARCH_OPTIONS, normaliseQuery } from '../../src/lib/search-options';
import { launchChromium } from '../../scripts/lib/chromium';
import { serveDist, type StaticServer } from '../../scripts/lib/static-server';

/** [what a resident types, the page that should answer it] */
const QUERIES: [string, string][] = [
  ['bikin ktp', '/layanan/ktp-el-baru/'],
  ['e-ktp', '/layanan/ktp-el-baru/'],
  ['ektp', '/layanan/ktp-el-baru/'],
  ['KTP-el', '/layanan/ktp-el-baru/'],
  ['ktp hilang', '/layanan/ktp-el-hilang-rusak/'],
  ['ktp ilang', '/layanan/ktp-el-hilang-rusak/'],
  ['ktp patah', '/layanan/ktp-el-hilang-rusak/'],
  ['kk', '/layanan/kartu-keluarga/'],
  ['urus kk', '/layanan/kartu-keluarga/'],
  ['kartu kluarga', '/layanan/kartu-keluarga/'],
  ['akte', '/layanan/akta-kelahiran/'],
  ['akte lahir', '/layanan/akta-kelahiran/'],
  ['akta kelahiran bayi', '/layanan/akta-kelahiran/'],
  ['surat kematian', '/layanan/akta-kematian/'],
  ['lapor orang meninggal', '/layanan/akta-kematian/'],
  ['surat pindah', '/layanan/surat-pindah/'],
  ['pindah domisili', '/layanan/surat-pindah/'],
  ['kia', '/layanan/kartu-identitas-anak/'],
  ['ktp anak', '/layanan/kartu-identitas-anak/'],
  ['IMB', '/layanan/pbg/'],
  ['izin bangun rumah', '/layanan/pbg/'],
  ['simbg', '/layanan/konsultasi-pbg-simbg/'],
  ['nib', '/layanan/nib-oss/'],
  ['izin usaha', '/layanan/nib-oss/'],
  ['siup', '/layanan/nib-oss/'],
  ['bayar pajak motor', '/layanan/pajak-kendaraan-tahunan/'],
  ['pajak mobil', '/layanan/pajak-kendaraan-tahunan/'],
  ['stnk 5 tahun', '/layanan/perpanjangan-stnk-5-tahun/'],
  ['ganti plat', '/layanan/perpanjangan-stnk-5-tahun/'],
  ['balik nama motor', '/layanan/balik-nama-kendaraan/'],
  ['bbnkb', '/layanan/balik-nama-kendaraan/'],
  ['pasang listrik', '/layanan/pasang-baru-listrik/'],
  ['tambah daya', '/layanan/tambah-daya-listrik/'],
  ['naik daya listrik', '/layanan/tambah-daya-listrik/'],
  ['daftar bpjs', '/layanan/pendaftaran-jkn/'],
  ['bpjs kesehatan mandiri', '/layanan/pendaftaran-jkn/'],
  ['pindah faskes', '/layanan/perubahan-data-faskes-jkn/'],
  ['cairkan jht', '/layanan/klaim-jht/'],
  ['bpjs tk mandiri', '/layanan/pendaftaran-bpu/'],
  ['buka rekening', '/layanan/pembukaan-rekening/'],
  ['bayar pbb', '/layanan/bayar-pbb/'],
  ['pbb-p2', '/layanan/bayar-pbb/'],
  ['sktm', '/layanan/rekomendasi-sktm/'],
  ['surat miskin', '/layanan/rekomendasi-sktm/'],
  ['bansos', '/layanan/informasi-bansos/'],
  ['dtks', '/layanan/pendaftaran-dtks/'],
  ['sertifikat halal', '/layanan/sertifikasi-halal-umkm/'],
  ['bikin koperasi', '/layanan/badan-hukum-koperasi/'],
  ['pasang baliho', '/layanan/izin-reklame/'],
  ['izin praktik bidan', '/layanan/surat-izin-praktik/'],
  ['skt ormas', '/layanan/skt-ormas/'],
  ['rekomendasi penelitian', '/layanan/rekomendasi-penelitian/'],
  ['kkpr', '/layanan/informasi-tata-ruang-kkpr/'],
  ['gerai umkm', '/layanan/gerai-umkm-mpp/'],
  ['disdukcapil', '/instansi/disdukcapil/'],
  ['songket tanjung batu', '/umkm/g-01-songket-tanjung-batu/'],
];

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  server = await serveDist(inject('distDir'));
  browser = await launchChromium();
  // The test injects an inline module to reach Pagefind, which the site's CSP rightly blocks.
  page = await browser.newPage({ bypassCSP: true });
  await page.goto(`${server.origin}/cari/`);
  // Loaded as the page would load it; evaluate() code is rewritten by the test runner, so the
  // module is exposed on window instead of imported inside evaluate().
  await page.addScriptTag({
    type: 'module',
    content: "import * as pagefind from '/pagefind/pagefind.js'; window.pagefind = pagefind;",
  });
  await page.waitForFunction(() => 'pagefind' in window);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface PagefindApi {
  options: (options: object) => Promise<void>;
  search: (query: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
}

/** The first three result URLs for each query, from the built index, with the site's options. */
async function topThree(queries: string[]): Promise<string[][]> {
  return page.evaluate(
    async ({ queries, options }) => {
      const pagefind = (window as unknown as { pagefind: PagefindApi }).pagefind;
      await pagefind.options(options);
      const tops: string[][] = [];
      for (const query of queries) {
        const response = await pagefind.search(query);
        const data = await Promise.all(
          response.results.slice(0, 3).map((r: { data: () => Promise<{ url: string }> }) => r.data()),
        );
        tops.push(data.map((d: { url: string }) => d.url));
      }
      return tops;
    },
    { queries: queries.map(normaliseQuery), options: SEARCH_OPTIONS },
  );
}

describe('search relevance', () => {
  it(`finds the expected page in the top 3 for all ${QUERIES.length} queries, and first for at least 85%`, async () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    const tops = await topThree(QUERIES.map(([query]) => query));
    const misses: string[] = [];
    let first = 0;
    QUERIES.forEach(([query, expected], i) => {
      if (tops[i][0] === expected) first++;
      else if (!tops[i].includes(expected))
        misses.push(`"${query}" → expected ${expected}, got ${tops[i].join(', ') || 'nothing'}`);
    });
    const share = first / QUERIES.length;
    console.log(
      `search relevance: ${first}/${QUERIES.length} first (${(share * 100).toFixed(1)}%), ${QUERIES.length - misses.length}/${QUERIES.length} in top 3`,
    );
    expect(misses).toEqual([]);
    expect(share).toBeGreaterThanOrEqual(0.85);
  });
});
