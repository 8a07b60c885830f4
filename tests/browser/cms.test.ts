/**
 * The CMS end to end, as an editor uses it: the real `/admin/` bundle of the shared build in
 * Chromium, the real `decap-server` API behind the guard of `npm run cms`
 * (scripts/cms-server.mjs), writing into a temporary copy of the content. An editor logs in,
 * publishes a news item whose title and body are hostile text, edits it again, adds a
 * requirement to a service, and is refused saves and a deletion the build would reject; the
 * files are checked, the site is rebuilt, and the pages and the search index must show exactly
 * what was typed. Prints how big the admin is and how fast it becomes usable.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { load } from 'js-yaml';
import type { Browser, Dialog, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { plainSchema } from '../../src/model/collections';
import { cmsConfig } from '../../src/cms/config';
import { formatterForFile } from '../../src/cms/formats';
import { entryProblems } from '../../src/cms/validate-entry';
import { readContentFiles } from '../../src/lib/content-check';
import { checkFiles } from '../../src/lib/content-rules';
import { englishWords } from '../english-words';
import { astroBuild, projectCopy, projectRoot } from '../build-site';
import { openChromium } from '../chromium';
import { htmlPages, loadPage } from '../../scripts/lib/dist-pages';
import { AS_THE_HOST, serveDist, type StaticServer } from '../../scripts/lib/static-server';
import { startCmsServer } from '../../scripts/cms-server.mjs';

const TITLE = 'Biaya <50 ribu {gratis}';
const SUMMARY = 'Ringkasan: biaya <50 ribu {gratis} untuk warga.';
const TYPED = ['Biaya <50 ribu {gratis} untuk warga C:\\Data\\Warga & &amp; 😀 خدمة', 'import beras naik'];
/** Straight quotes and hyphens that a typographer would curl and join; the site keeps them. */
const PUNCTUATION = 'Kata "kutipan", it\'s, 1--2 dan a --- b tetap seperti diketik.';
const NEWS = 'content/news/biaya-50-ribu-gratis.mdx';
const SERVICE = 'content/services/ktp-el-baru.mdx';
const REQUIREMENT = 'Surat pengantar <RT> {bila ada}';
const PHOTO_ALT = 'Antrean di loket Disdukcapil';
const TABLE_NEWS = 'content/news/siapkan-berkas-sebelum-ke-mpp.mdx';
const TABLE = '| Layanan | Biaya |\n| --- | --- |\n| KTP-el | Gratis |\n| Kartu Keluarga | Gratis |';
const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

let copy: Awaited<ReturnType<typeof projectCopy>>;
let cmsServer: Awaited<ReturnType<typeof startCmsServer>>;
let site: StaticServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const foreignRequests: string[] = [];

const read = (file: string) => readFileSync(join(copy.root, file), 'utf8');
const frontmatterOf = (text: string) => load(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;

/**
 * Goes to `hash` in the admin already open, as an editor moves around in it: through the
 * collection's list, since from one entry straight to another the admin loads itself afresh
 * (src/cms/admin.ts), and leaving changes that were refused. `fresh` loads the admin anew, as
 * when an editor opens a link to it: needed when the content or the server changed underneath.
 */
async function open(hash: string, { fresh = false } = {}) {
  if (fresh || !page.url().startsWith(`${site.origin}/admin/`)) {
    await page.goto('about:blank');
    await page.goto(`${site.origin}/admin/${hash}`);
    return;
  }
  // Notices close on a click, as an editor closes them; refusals stay until then.
  const notices = page.locator('.Toastify__toast');
  for (const notice of await notices.all()) await notice.click().catch(() => undefined);
  await expect.poll(() => notices.count(), { timeout: 10_000 }).toBe(0);
  // Decap asks before it leaves a form whose changes were not saved.
  const leave = (dialog: Dialog) => void dialog.accept();
  page.on('dialog', leave);
  try {
    const list = /^#\/collections\/[^/]+/.exec(hash)?.[0];
    const go = (to: string) => page.evaluate((to) => (location.hash = to), to);
    if (list && list !== hash && /#\/collections\/[^/]+\/(entries|new)/.test(page.url())) {
      await go(list);
      // The list has the sidebar of collections, which no editor shows.
      await page.getByText('Koleksi', { exact: true }).waitFor();
    }
    await go(hash);
  } finally {
    page.off('dialog', leave);
  }
}

/** With UPDATE_SCREENSHOTS=1, saves what the editor sees for the README's editor guide. */
async function screenshotForGuide(name: string) {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  // Decap's notices fade in.
  await page.waitForTimeout(1000);
  await page.screenshot({ path: join(projectRoot, 'docs/screenshots', `${name}.png`) });
}

/** Fails on any English word the admin shows (tests/english-words.ts), hidden menus included. */
async function expectNoEnglish() {
  const text = await page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    // What editors wrote is not the admin speaking: the body being edited, entries in lists.
    for (const typed of copy.querySelectorAll('[data-slate-editor], a[href*="/entries/"], textarea, style, script'))
      typed.remove();
    return copy.textContent ?? '';
  });
  expect(englishWords(text)).toEqual([]);
}

/** The text of a form field with its label and messages: the element Decap wraps it in. */
const fieldText = (label: string) =>
  page.evaluate((wanted) => {
    const element = [...document.querySelectorAll('label[for]')].find((l) => l.textContent?.startsWith(wanted));
    return element?.closest('[aria-label]')?.textContent ?? '';
  }, label);

async function publish() {
  await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
  await page.getByText('Terbitkan sekarang').click();
  await page.getByText('Entri tersimpan').waitFor({ timeout: 20_000 });
}

beforeAll(async () => {
  // The editor writes into a copy of the content; the admin is the shared build's, which
  // expects the CMS server on the port and secret of this run (tests/global-setup.ts).
  copy = await projectCopy();
  const { port, secret } = inject('cmsBackend');
  site = await serveDist(inject('distDir'), {}, AS_THE_HOST);
  cmsServer = await startCmsServer({ root: copy.root, port, adminOrigins: [site.origin], secret });
  browser = await openChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') foreignRequests.push(request.url());
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await cmsServer?.close();
  await copy?.dispose();
});

describe('the admin', () => {
  it('is its own noindex page, out of the sitemap, and loaded by no public page', () => {
    const dist = inject('distDir');
    const admin = readFileSync(join(dist, 'admin/index.html'), 'utf8');
    expect(admin).toMatch(/<meta name="robots" content="noindex">/);
    expect(loadPage(dist, '/admin/').querySelector('header, footer, nav')).toBeNull();
    // The production policy for /admin/ (deploy/security-headers.mjs) allows no inline script.
    const inline = [...loadPage(dist, '/admin/').querySelectorAll('script:not([src])')];
    // Only data: the CMS configuration and the addresses a new page may not take.
    expect(inline.map((script) => [script.id, script.getAttribute('type')])).toEqual([
      ['cms-config', 'application/json'],
      ['cms-reserved-pages', 'application/json'],
    ]);
    const sitemaps = readdirSync(dist).filter((f) => f.startsWith('sitemap') && f.endsWith('.xml'));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const sitemap of sitemaps) expect(readFileSync(join(dist, sitemap), 'utf8')).not.toContain('/admin/');
    const loadingAdmin = htmlPages(dist)
      .filter((path) => !path.startsWith('/admin/'))
      .filter((path) =>
        readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path), 'utf8').includes('/admin/'),
      );
    expect(loadingAdmin).toEqual([]);

    const scripts = readdirSync(join(dist, 'admin'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.js'),
    );
    const bytes = scripts.map((f) => readFileSync(join(dist, 'admin', f)));
    const gzip = bytes.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
    const raw = bytes.reduce((sum, b) => sum + b.length, 0);
    console.log(
      `/admin/ JavaScript: ${(raw / 1e6).toFixed(2)} MB, ${(gzip / 1e6).toFixed(2)} MB gzip (${scripts.join(', ')})`,
    );
    expect(gzip).toBeLessThan(1_500_000);
  });

  it('becomes usable in Chromium, in Indonesian, and logs in through the local backend', async () => {
    const start = Date.now();
    await page.goto(`${site.origin}/admin/`);
    const login = page.getByRole('button', { name: 'Masuk' });
    await login.waitFor({ timeout: 30_000 });
    const bootMs = Date.now() - start;
    // The MPP's name from the settings, not Decap's logo.
    const { name } = load(read('content/settings/site.yml')) as { name: string };
    const logo = await page.locator('img[src^="data:image/svg+xml"]').getAttribute('src');
    expect(decodeURIComponent(logo ?? '')).toContain(`<title>${name}</title>`);
    await screenshotForGuide('cms-login');
    await login.click();
    await page.getByRole('link', { name: 'Berita' }).first().waitFor({ timeout: 30_000 });
    await page.getByText('Uji coba MPP Ogan Ilir').first().waitFor({ timeout: 30_000 });
    console.log(`/admin/ usable: login screen after ${bootMs} ms, news list after ${Date.now() - start} ms`);
    expect(await page.getByText('Koleksi').first().isVisible()).toBe(true);
    await expectNoEnglish();
  });
});

describe('an editor', () => {
  it('publishes a news item whose title and body are hostile text', async () => {
    await open('#/collections/news/new');
    await page.getByLabel('Judul', { exact: true }).waitFor();
    // The empty form, its hints, menus and the words for screen readers included.
    await expectNoEnglish();
    await page.getByLabel('Judul', { exact: true }).fill(TITLE);
    await page.getByLabel('Ringkasan', { exact: true }).fill(SUMMARY);
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type(TYPED[0]);
    await page.keyboard.press('Enter');
    await page.keyboard.type(PUNCTUATION);
    await page.keyboard.press('Enter');
    await page.keyboard.type(TYPED[1]);
    // The preview renders the body as the site will: literally.
    const preview = page.frameLocator('#preview-pane').locator('[data-preview-body]');
    await expect.poll(() => preview.innerText(), { timeout: 10_000 }).toContain('Biaya <50 ribu {gratis}');
    expect(await preview.innerText()).toContain(PUNCTUATION);
    await publish();

    expect(existsSync(join(copy.root, NEWS))).toBe(true);
    const text = read(NEWS);
    const data = frontmatterOf(text);
    expect(data).toMatchObject({ title: TITLE, summary: SUMMARY, draft: false });
    expect(entryProblems(plainSchema('news'), { ...data, date: String(data.date) })).toEqual([]);
    const formatter = formatterForFile(cmsConfig({}), NEWS);
    expect(formatter?.toFile(formatter.fromFile(text))).toBe(text);
  });

  it('publishes a news item titled only in Arabic script under a usable file name', async () => {
    const before = new Set(readdirSync(join(copy.root, 'content/news')));
    await open('#/collections/news/new');
    await page.getByLabel('Judul', { exact: true }).fill('خدمة جديدة للمواطنين');
    await page.getByLabel('Ringkasan', { exact: true }).fill('Pengumuman berjudul aksara Arab untuk warga.');
    await publish();
    const added = readdirSync(join(copy.root, 'content/news')).filter((name) => !before.has(name));
    expect(added).toEqual([expect.stringMatching(/^berita-\d{8}-\d{4}\.mdx$/)]);
    const text = read(`content/news/${added[0]}`);
    expect(frontmatterOf(text).title).toBe('خدمة جديدة للمواطنين');
    expect(text).not.toContain('__');
  });

  it('publishes a news item and an announcement from a 360 px wide phone, nothing off screen', async () => {
    const fitsScreen = async () => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      // Every button, the publish menu and the date pickers' "Sekarang" and "Kosongkan" included.
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll('button')]
          .filter((b) => b.checkVisibility() && b.getBoundingClientRect().right > 361)
          .map((b) => b.textContent),
      );
      expect(cut).toEqual([]);
    };
    await page.setViewportSize({ width: 360, height: 740 });
    try {
      await open('#/collections/news');
      // Every collection, settings included, is in reach on the list page.
      await page.getByRole('link', { name: 'Pengaturan' }).waitFor();
      await page.getByText('Tambah Berita', { exact: true }).click();
      await page.getByLabel('Judul', { exact: true }).fill('Berita dari ponsel');
      await page.getByLabel('Ringkasan', { exact: true }).fill('Berita uji yang diterbitkan dari layar ponsel.');
      await fitsScreen();
      await screenshotForGuide('cms-phone-news');
      await publish();
      expect(frontmatterOf(read('content/news/berita-dari-ponsel.mdx')).title).toBe('Berita dari ponsel');

      const announcement = 'Layanan KTP-el pada Sabtu ini buka sampai pukul 12.00.';
      await open('#/collections/settings/entries/site');
      await page.getByLabel('Isi pengumuman (tidak wajib)', { exact: true }).fill(announcement);
      await fitsScreen();
      await expectNoEnglish();
      await publish();
      const site = load(read('content/settings/site.yml')) as { announcement: { text: string } };
      expect(site.announcement.text).toBe(announcement);
    } finally {
      await page.setViewportSize({ width: 1400, height: 1000 });
    }
  });

  it('edits it again: only what the editor changed changes in the file', async () => {
    const before = read(NEWS);
    await open('#/collections/news/entries/biaya-50-ribu-gratis');
    await page.getByRole('button', { name: /Tambah tag/i }).click();
    await page.getByLabel('Tag', { exact: true }).last().fill('biaya');
    await publish();
    const tagged = read(NEWS);
    expect(tagged.replace('tags:\n  - biaya\n', '')).toBe(before);

    // Typing in the body makes Decap write the whole body again from its editor.
    await open('#/collections/news/entries/biaya-50-ribu-gratis');
    const lastText = page.locator('[data-slate-editor="true"] [data-slate-string]').last();
    const box = await lastText.boundingBox();
    await lastText.click({ position: { x: (box?.width ?? 1) - 1, y: (box?.height ?? 2) / 2 } });
    await page.keyboard.press('End');
    await page.keyboard.type(' {lagi}');
    await publish();
    expect(read(NEWS)).toBe(tagged.replace(/naik\n$/, 'naik \\{lagi\\}\n'));
  });

  it("adds a requirement to a service's list", async () => {
    const before = read(SERVICE);
    await open('#/collections/services/entries/ktp-el-baru');
    await page.getByRole('button', { name: /Tambah persyaratan/i }).click();
    await page.getByLabel('Dokumen atau syarat', { exact: true }).last().fill(REQUIREMENT);
    await page.getByLabel('Bentuk', { exact: true }).last().click();
    await page.getByRole('option', { name: 'Asli', exact: true }).click();
    // Lists that can be reordered by dragging tell screen readers how, in Indonesian too.
    await expect.poll(() => page.locator('[id^="DndDescribedBy"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expectNoEnglish();
    await publish();
    const after = read(SERVICE);
    expect(after).toBe(before.replace(/\nsteps:\n/, `\n  - item: ${REQUIREMENT}\n    form: asli\nsteps:\n`));
  });

  it('uploads a photo for the news item, with its alternative text', async () => {
    const photo = join(copy.root, 'foto-loket.png');
    writeFileSync(photo, Buffer.from(ONE_PIXEL_PNG, 'base64'));
    await open('#/collections/news/entries/biaya-50-ribu-gratis');
    await page.getByRole('button', { name: 'Pilih gambar' }).click();
    await page.locator('input[type="file"]').setInputFiles(photo);
    await page.getByRole('button', { name: 'Pakai yang dipilih' }).click();
    await page.getByLabel(/^Teks alternatif/).fill(PHOTO_ALT);
    await publish();
    expect(existsSync(join(copy.root, 'content/uploads/foto-loket.png'))).toBe(true);
    expect(frontmatterOf(read(NEWS)).cover).toEqual({ src: '../uploads/foto-loket.png', alt: PHOTO_ALT });
  });

  it('saw no script error and sent nothing to other hosts', () => {
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });

  it('cannot save what the build would reject, and is told which field is wrong', async () => {
    const before = read(SERVICE);
    await open('#/collections/services/entries/ktp-el-baru');
    await page.getByLabel('Status biaya', { exact: true }).click();
    await page.getByRole('option', { name: 'Berbayar', exact: true }).click();
    await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await page.getByText('Terbitkan sekarang').click();
    await page.getByText(/Entri gagal disimpan: .*Biaya › Rincian biaya: Layanan yang tidak gratis/).waitFor();
    // The field itself says so too, as Decap says of an empty required field.
    expect(await fieldText('Rincian biaya')).toMatch(/Layanan yang tidak gratis wajib menjelaskan/);
    expect(read(SERVICE)).toBe(before);
  });

  it('cannot create a page whose title would take an address the site uses', async () => {
    const pagesBefore = readdirSync(join(copy.root, 'content/pages')).sort();
    await open('#/collections/pages/new');
    await page.getByLabel('Judul', { exact: true }).fill('Berita');
    await page.getByLabel('Ringkasan', { exact: true }).fill('Halaman uji yang judulnya memakai alamat berita.');
    await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await page.getByText('Terbitkan sekarang').click();
    await page.getByText(/Entri gagal disimpan: .*Judul: alamat \/berita\/ sudah dipakai/).waitFor();
    expect(await fieldText('Judul')).toMatch(/alamat \/berita\/ sudah dipakai/);
    expect(readdirSync(join(copy.root, 'content/pages')).sort()).toEqual(pagesBefore);
  });

  it("cannot give a booth another booth's code: the build's rule is checked against the other entries", async () => {
    const booth = 'content/booths/g-01-songket-tanjung-batu.mdx';
    const before = read(booth);
    await open('#/collections/booths/entries/g-01-songket-tanjung-batu');
    await page.getByLabel('Kode gerai', { exact: true }).fill('G-02');
    await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await page.getByText('Terbitkan sekarang').click();
    const refusal = page.getByText(
      /Entri gagal disimpan: Kode gerai: kode gerai G-02 sudah dipakai oleh "g-02-kemplang-tanjung-gelam"/,
    );
    await refusal.waitFor();
    expect(await fieldText('Kode gerai')).toMatch(/kode gerai G-02 sudah dipakai/);
    await screenshotForGuide('cms-refused-booth-code');
    expect(await refusal.textContent()).not.toMatch(/error/i);
    expect(read(booth)).toBe(before);
  });

  it('cannot rename a category code that services still use, and is told which ones', async () => {
    const categories = 'content/settings/categories.yml';
    const before = read(categories);
    await open('#/collections/settings/entries/categories');
    const code = page.getByLabel('Kode', { exact: true }).first();
    expect(await code.inputValue()).toBe('kependudukan');
    await code.fill('kependudukan-baru');
    await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await page.getByText('Terbitkan sekarang').click();
    await page
      .getByText(
        /Entri gagal disimpan: .*Layanan "ktp-el-baru" jadi bermasalah \(Kategori: kategori "kependudukan" tidak ada/,
      )
      .waitFor({ timeout: 20_000 });
    expect(read(categories)).toBe(before);
  });

  it('cannot delete an agency whose services name it, and is told which ones', async () => {
    const agency = 'content/agencies/pln.mdx';
    const before = read(agency);
    await open('#/collections/agencies/entries/pln');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Hapus entri', exact: true }).click();
    await page
      .getByText(
        /Entri gagal dihapus: entri ini masih dipakai: Layanan "[^"]+" jadi bermasalah \(Instansi: instansi "pln" tidak ada/,
      )
      .waitFor();
    expect(read(agency)).toBe(before);
  });

  it('links to the site on this machine, not the public one, when editing locally', async () => {
    await open('#/collections/news');
    const host = new URL(site.origin).host;
    const link = page.getByRole('link', { name: new RegExp(host.replace(/\./g, '\\.')) });
    expect(await link.getAttribute('href')).toBe(site.origin);
  });

  it('previews the settings and an agency as residents would meet them, not as data', async () => {
    const { name } = load(read('content/settings/site.yml')) as { name: string };
    for (const [hash, shown] of [
      ['#/collections/settings/entries/site', name],
      ['#/collections/agencies/entries/disdukcapil', 'Dinas Kependudukan'],
    ]) {
      await open(hash);
      const preview = page.frameLocator('#preview-pane').locator('body');
      await expect.poll(() => preview.innerText(), { timeout: 20_000 }).toContain(shown);
      const text = await preview.innerText();
      // Decap's default preview lists every field by its key.
      expect(text).not.toMatch(/featuredServices|shortName|counters|timeZone/);
      // The words around the content; the body is what editors wrote.
      const frame = await preview.evaluate((body) => {
        const copy = body.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('[data-preview-body]').forEach((typed) => typed.remove());
        return copy.innerText || copy.textContent || '';
      });
      expect(englishWords(frame)).toEqual([]);
      if (hash.includes('settings')) await screenshotForGuide('cms-preview-settings');
    }
  });

  it('edits the entry the address names, even when only the address changed', async () => {
    const about = 'content/pages/tentang.mdx';
    const faq = 'content/pages/faq.mdx';
    const aboutBefore = read(about);
    await open('#/collections/pages/entries/tentang');
    await page.getByLabel('Judul', { exact: true }).waitFor();
    expect(await page.getByLabel('Judul', { exact: true }).inputValue()).toBe(frontmatterOf(aboutBefore).title);
    // As an editor pasting another entry's address into the address bar.
    await page.evaluate(() => (location.hash = '#/collections/pages/entries/faq'));
    const title = page.getByLabel('Judul', { exact: true });
    await expect
      .poll(() => title.inputValue().catch(() => ''), { timeout: 20_000 })
      .toBe(frontmatterOf(read(faq)).title);
    const summary = 'Jawaban atas pertanyaan yang sering diajukan warga tentang MPP.';
    await page.getByLabel('Ringkasan', { exact: true }).fill(summary);
    await publish();
    expect(frontmatterOf(read(faq)).summary).toBe(summary);
    expect(read(about)).toBe(aboutBefore);
  });

  it('keeps a table in a body a real Markdown table when the body is edited', async () => {
    writeFileSync(join(copy.root, TABLE_NEWS), `${read(TABLE_NEWS).trimEnd()}\n\n${TABLE}\n`);
    await open('#/collections/news/entries/siapkan-berkas-sebelum-ke-mpp');
    // An edit in the body: the rich-text editor writes the whole body anew.
    await page.locator('[data-slate-editor="true"] p').first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Diperbarui.');
    const preview = page.frameLocator('#preview-pane').locator('[data-preview-body]');
    await expect.poll(() => preview.innerText(), { timeout: 20_000 }).toContain('Diperbarui.');
    await publish();
    const text = read(TABLE_NEWS);
    expect(text).toContain('Diperbarui.');
    expect(text).toContain(TABLE);
  });

  it('sees an entry broken outside the CMS listed in Indonesian, opens it from the list and fixes it', async () => {
    const service = 'content/services/surat-pindah.mdx';
    const fixed = read(service);
    // As a hand edit or a merge would leave it: a category that no longer exists.
    writeFileSync(join(copy.root, service), fixed.replace(/^category: .*$/m, 'category: kependudukan-lama'));
    // Opened afresh, as by the next editor: the admin checks the content when it starts.
    await open('#/collections/services', { fresh: true });
    const notice = page.getByRole('alert').filter({ hasText: 'Ada isi yang membuat situs tidak bisa diterbitkan' });
    const entry = notice.getByRole('link', {
      name: /^Layanan "surat-pindah" — Kategori: kategori "kependudukan-lama" tidak ada/,
    });
    await entry.waitFor();
    await screenshotForGuide('cms-broken-entry-listed');
    await entry.click();
    await page.getByLabel('Kategori', { exact: true }).click();
    await page.getByRole('option', { name: 'Kependudukan dan Pencatatan Sipil', exact: true }).click();
    await publish();
    await notice.waitFor({ state: 'detached' });
    expect(frontmatterOf(read(service)).category).toBe('kependudukan');
  });
});

describe('the rebuilt site', () => {
  let dist: string;
  beforeAll(async () => {
    // Built for the day the editor published on (the CMS dates a new item today), or news
    // dated after the pinned test day would wait for its day, as scheduled publishing does.
    const date = frontmatterOf(read(NEWS)).date;
    const published = (date instanceof Date ? date.toISOString() : String(date)).slice(0, 10);
    expect(published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const built = await astroBuild(copy.root, { BUILD_DATE: published });
    if (!built.ok) throw new Error(`The edited site does not build:\n${built.output.slice(-3000)}`);
    dist = join(copy.root, 'dist');
  });

  it('shows the news item exactly as typed', () => {
    const doc = loadPage(dist, '/berita/biaya-50-ribu-gratis/');
    expect(doc.querySelector('h1')?.textContent).toBe(TITLE);
    const paragraphs = [...doc.querySelectorAll('[data-news] .prose p')].map((p) => p.textContent);
    expect(paragraphs).toEqual([TYPED[0], PUNCTUATION, `${TYPED[1]} {lagi}`]);
    expect(doc.querySelector('[data-news]')?.textContent).toContain(SUMMARY);
    const cover = doc.querySelector('[data-news] img');
    expect(cover?.getAttribute('alt')).toBe(PHOTO_ALT);
    // Astro processed the upload like any content image.
    expect(cover?.getAttribute('src')).toMatch(/^\/_astro\/foto-loket\./);
  });

  it('shows a table in a body as a table with a header row', () => {
    const table = loadPage(dist, '/berita/siapkan-berkas-sebelum-ke-mpp/').querySelector('[data-news] table');
    expect([...(table?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent)).toEqual(['Layanan', 'Biaya']);
    expect(table?.querySelectorAll('tbody tr')).toHaveLength(2);
  });

  it("shows the new requirement on the service's page", () => {
    const doc = loadPage(dist, '/layanan/ktp-el-baru/');
    const items = [...doc.querySelectorAll('[data-requirements] li')].map((li) => li.textContent ?? '');
    expect(items).toHaveLength(4);
    expect(items[3]).toContain(REQUIREMENT);
  });

  it('finds the news item by search', async () => {
    expect(existsSync(join(dist, 'pagefind/pagefind.js')), 'dist/pagefind is missing').toBe(true);
    // The test injects a module to reach Pagefind, which the site's CSP rightly blocks.
    const rebuilt = await serveDist(dist);
    const searchPage = await browser.newPage({ bypassCSP: true });
    await searchPage.goto(`${rebuilt.origin}/cari/`);
    await searchPage.addScriptTag({
      type: 'module',
      content: "import * as pagefind from '/pagefind/pagefind.js'; window.pagefind = pagefind;",
    });
    await searchPage.waitForFunction(() => 'pagefind' in window);
    const search = (query: string) =>
      searchPage.evaluate(async (q) => {
        type Result = { data: () => Promise<{ url: string }> };
        const pagefind = (window as unknown as { pagefind: { search: (q: string) => Promise<{ results: Result[] }> } })
          .pagefind;
        const response = await pagefind.search(q);
        return Promise.all(response.results.slice(0, 5).map(async (r) => (await r.data()).url));
      }, query);
    expect(await search('biaya 50 ribu gratis')).toContain('/berita/biaya-50-ribu-gratis/');
    // The admin page is not a search result.
    expect((await search('kelola konten petugas')).filter((url) => url.startsWith('/admin/'))).toEqual([]);
    await searchPage.close();
    await rebuilt.close();
  });
});

describe('the editorial workflow, against a real Git repository', () => {
  // The local server in its Git mode (`npm run cms -- --git`) over a throwaway repository holding
  // the sample content on "main", the branch the site is built from.
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
  const onMain = (file: string) => git('show', `main:${file}`);
  const status = (branch: string) => git('config', `branch.${branch}.description`);
  const WORKFLOW_NEWS = 'content/news/loket-paspor-buka-sabtu.mdx';
  const WORKFLOW_BRANCH = 'cms/news/loket-paspor-buka-sabtu';

  beforeAll(async () => {
    await cmsServer.close();
    repo = mkdtempSync(join(tmpdir(), 'portal-mpp-git-'));
    cpSync(join(projectRoot, 'content'), join(repo, 'content'), { recursive: true });
    git('init', '--quiet', '--initial-branch=main');
    git('config', 'user.name', 'Redaksi MPP');
    git('config', 'user.email', 'redaksi@mpp.example');
    git('config', 'commit.gpgsign', 'false');
    git('add', '.');
    git('commit', '--quiet', '-m', 'Konten awal');
    const { port, secret } = inject('cmsBackend');
    cmsServer = await startCmsServer({ root: repo, port, adminOrigins: [site.origin], secret, mode: 'git' });
    await page.setViewportSize({ width: 1400, height: 1000 });
  });
  afterAll(async () => {
    // The open admin keeps asking the server about the repository; it goes first.
    await page.close();
    rmSync(repo, { recursive: true, force: true });
  });

  /** Moves the open entry to a status through the editor's status menu. */
  async function setStatus(from: string, to: string) {
    await page.getByRole('button', { name: `Status: ${from}` }).click();
    await page.getByRole('menuitem', { name: to, exact: true }).click();
    await page.getByRole('button', { name: `Status: ${to}` }).waitFor({ timeout: 20_000 });
  }

  async function publishDraft() {
    // Decap asks "Yakin ingin menerbitkan entri ini?" before it merges.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Terbitkan', exact: true }).click();
    await page.getByText('Terbitkan sekarang').click();
  }

  it('keeps a news item as a draft on its own branch, then review, ready, and published onto main', async () => {
    // Afresh: the admin asks the server whether it keeps drafts only when it starts.
    await open('#/collections/news/new', { fresh: true });
    const login = page.getByRole('button', { name: 'Masuk' });
    const title = page.getByLabel('Judul', { exact: true });
    await login.or(title).waitFor({ timeout: 30_000 });
    if (await login.isVisible()) await login.click();
    await title.fill('Loket paspor buka Sabtu');
    await page.getByLabel('Ringkasan', { exact: true }).fill('Loket paspor di MPP melayani warga pada Sabtu pagi.');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Datang sebelum pukul 11.00 dengan berkas lengkap.');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByText('Entri tersimpan').waitFor({ timeout: 20_000 });

    // A draft: its own branch and commit; main has not changed.
    expect(git('branch', '--list', 'cms/*', '--format=%(refname:short)')).toBe(WORKFLOW_BRANCH);
    expect(git('log', '--format=%s', `main..${WORKFLOW_BRANCH}`)).toBe('Tambah Berita “loket-paspor-buka-sabtu”');
    expect(status(WORKFLOW_BRANCH)).toBe('decap-cms/draft');
    expect(() => onMain(WORKFLOW_NEWS)).toThrow();

    await setStatus('Draf', 'Ditinjau');
    expect(status(WORKFLOW_BRANCH)).toBe('decap-cms/pending_review');
    await setStatus('Ditinjau', 'Siap');
    expect(status(WORKFLOW_BRANCH)).toBe('decap-cms/pending_publish');

    await publishDraft();
    await page.getByText('Entri sudah terbit').waitFor({ timeout: 20_000 });
    expect(git('branch', '--list', 'cms/*')).toBe('');
    expect(git('branch', '--show-current')).toBe('main');
    const published = onMain(WORKFLOW_NEWS);
    expect(frontmatterOf(published)).toMatchObject({ title: 'Loket paspor buka Sabtu', draft: false });
    expect(published).toContain('Datang sebelum pukul 11.00 dengan berkas lengkap.');
  });

  it('keeps a change to a service on a branch until it is published, listed under Siap on the board', async () => {
    const service = 'content/services/ktp-el-baru.mdx';
    const branch = 'cms/services/ktp-el-baru';
    const before = onMain(service);
    await open('#/collections/services/entries/ktp-el-baru');
    await page.getByRole('button', { name: /Tambah persyaratan/i }).click();
    await page.getByLabel('Dokumen atau syarat', { exact: true }).last().fill('Fotokopi Kartu Keluarga');
    await page.getByLabel('Bentuk', { exact: true }).last().click();
    await page.getByRole('option', { name: 'Fotokopi', exact: true }).click();
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByText('Entri tersimpan').waitFor({ timeout: 20_000 });
    expect(git('log', '--format=%s', `main..${branch}`)).toBe('Ubah Layanan “ktp-el-baru”');
    expect(onMain(service)).toBe(before);

    await setStatus('Draf', 'Ditinjau');
    await setStatus('Ditinjau', 'Siap');
    await open('#/workflow');
    const ready = page.locator('[class*="WorkflowList"] > div').nth(2);
    await expect.poll(() => ready.innerText(), { timeout: 20_000 }).toContain('Siap');
    expect(await ready.innerText()).toMatch(/KTP-el/);
    await expectNoEnglish();
    await screenshotForGuide('cms-workflow-board');

    await open('#/collections/services/entries/ktp-el-baru');
    await publishDraft();
    await page.getByText('Entri sudah terbit').waitFor({ timeout: 20_000 });
    expect(onMain(service)).toBe(
      before.replace(/\nsteps:\n/, '\n  - item: Fotokopi Kartu Keluarga\n    form: fotokopi\nsteps:\n'),
    );
    expect(git('branch', '--list', 'cms/*')).toBe('');
  });

  it('refuses to publish a draft that what was published meanwhile would make the build reject', async () => {
    const branch = 'cms/booths/g-01-songket-tanjung-batu';
    await open('#/collections/booths/entries/g-01-songket-tanjung-batu');
    await page.getByLabel('Kode gerai', { exact: true }).fill('G-90');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByText('Entri tersimpan').waitFor({ timeout: 20_000 });
    await setStatus('Draf', 'Ditinjau');
    await setStatus('Ditinjau', 'Siap');

    // Meanwhile another booth takes the same code on main, as another editor's publication would.
    const other = 'content/booths/g-02-kemplang-tanjung-gelam.mdx';
    writeFileSync(join(repo, other), onMain(other).replace('code: G-02', 'code: G-90'));
    git('commit', '--quiet', '-am', 'Ubah Gerai UMKM “g-02-kemplang-tanjung-gelam”');
    const mainBefore = git('rev-parse', 'main');

    await open('#/collections/booths/entries/g-01-songket-tanjung-batu');
    await publishDraft();
    await page
      .getByText(/Gagal menerbitkan: Kode gerai: kode gerai G-90 sudah dipakai oleh "g-02-kemplang-tanjung-gelam"/)
      .waitFor({ timeout: 20_000 });
    expect(git('rev-parse', 'main')).toBe(mainBefore);
    expect(git('branch', '--list', 'cms/*', '--format=%(refname:short)')).toBe(branch);
  });

  it('leaves main as the site is built from it: committed, checked out, and accepted by the build rules', () => {
    expect(git('status', '--porcelain')).toBe('');
    expect(git('branch', '--show-current')).toBe('main');
    expect(checkFiles(readContentFiles(repo))).toEqual([]);
  });
});
