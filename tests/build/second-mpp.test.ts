/**
 * A second, fictional MPP (tests/fixtures/second-mpp/content/: Kota Contoh, in WITA, with its
 * own file names everywhere) built once with the project's code. It proves that content
 * decides and code only renders: the home page, menu, visit page and UMKM page follow its
 * settings, times are in its zone, and nothing of the sample MPP leaks into its pages. The same
 * build carries the fixture's hostile entries and images: text typed in the CMS is shown as
 * typed, markup and code in content files never become active, and content images are
 * responsive and sized.
 */
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { DOMParser } from 'linkedom';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/cms/config';
import { formatterForFile } from '../../src/cms/formats';
import { TEST_BUILD_DATE, astroBuild, projectCopy, projectRoot } from '../build-site';
import { contentSlugs, newsTags, regionalWords } from '../sample-specifics';
import { fileFor, htmlPages, loadPage } from '../../scripts/lib/dist-pages';
import { t } from '../../src/i18n/id';

const FIXTURE = join(projectRoot, 'tests/fixtures/second-mpp');

const fixtureYaml = <T>(file: string) => load(readFileSync(join(FIXTURE, 'content', file), 'utf8')) as T;
const frontmatter = <T>(file: string) =>
  load(readFileSync(join(FIXTURE, 'content', file), 'utf8').split(/^---$/m)[1]) as T;
const site = fixtureYaml<{ featuredServices: string[]; visitPage: string; boothApplication: string }>(
  'settings/site.yml',
);

let copy: Awaited<ReturnType<typeof projectCopy>>;
let dist: string;
let pages: string[];

beforeAll(async () => {
  copy = await projectCopy();
  rmSync(join(copy.root, 'content'), { recursive: true, force: true });
  cpSync(join(FIXTURE, 'content'), join(copy.root, 'content'), { recursive: true });
  const result = await astroBuild(copy.root);
  if (!result.ok) throw new Error(`the second MPP does not build:\n${result.output.slice(-3000)}`);
  dist = join(copy.root, 'dist');
  pages = htmlPages(dist);
});
afterAll(() => copy?.dispose());

describe('settings decide', () => {
  it('the home page lists exactly the featured services, in their order', () => {
    const home = loadPage(dist, '/');
    const listed = [...home.querySelectorAll('#layanan-populer ~ div article a')].map((a) => a.getAttribute('href'));
    expect(listed).toEqual(site.featuredServices.map((id) => `/layanan/${id}/`));
  });

  it('the main navigation links the visit page, which alone shows the open-now block and floor plan', () => {
    const visitHref = `/${site.visitPage}/`;
    for (const path of ['/', '/layanan/', visitHref]) {
      const nav = [...loadPage(dist, path).querySelectorAll('header nav a')].map((a) => a.getAttribute('href'));
      expect(nav, path).toContain(visitHref);
    }
    const visit = loadPage(dist, visitHref).querySelector(`article[data-page="${site.visitPage}"]`);
    expect(visit?.querySelector('open-now [data-week]')).not.toBeNull();
    expect(visit?.querySelector('[data-floorplan-svg]')).not.toBeNull();
    const otherPages = readdirSync(join(FIXTURE, 'content/pages'))
      .map((name) => name.replace(/\.mdx$/, ''))
      .filter((id) => id !== site.visitPage);
    expect(otherPages.length).toBeGreaterThan(0);
    for (const id of otherPages) {
      const article = loadPage(dist, `/${id}/`).querySelector(`article[data-page="${id}"]`);
      expect(article, id).not.toBeNull();
      expect(article?.querySelector('open-now'), id).toBeNull();
      expect(article?.querySelector('[data-floorplan]'), id).toBeNull();
    }
  });

  it('/umkm/ links the booth application guide named in settings', () => {
    const links = [...loadPage(dist, '/umkm/').querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(links).toContain(`/layanan/${site.boothApplication}/`);
  });

  it("hours are given in the MPP's own zone, WITA, and never in WIB", () => {
    const home = loadPage(dist, '/');
    const schedule = JSON.parse(home.querySelector('#mpp-schedule')?.textContent ?? '{}');
    expect(schedule).toMatchObject({ timeZone: 'Asia/Makassar', zone: 'WITA' });
    for (const path of pages.filter((p) => !p.startsWith('/admin/') && !p.endsWith('/poster/'))) {
      const doc = loadPage(dist, path);
      expect(doc.querySelector('open-now [data-week]')?.textContent, path).toContain('WITA');
      expect(doc.body.textContent, path).not.toMatch(/\bWIB\b/);
    }
  });

  it('an announcement past its expiry date shows on no page', () => {
    // js-yaml 5 leaves dates as text.
    const { expires } = fixtureYaml<{ announcement: { expires: string } }>('settings/site.yml').announcement;
    expect(expires < TEST_BUILD_DATE, 'the fixture announcement must have expired').toBe(true);
    for (const path of pages) expect(loadPage(dist, path).querySelector('site-announcement'), path).toBeNull();
  });
});

describe('service status notices, on the fixed build day', () => {
  interface NoticeFile {
    id: string;
    services?: string[];
    agencies?: string[];
    kind: keyof typeof t.notices.kinds;
    start: string;
    end?: string;
  }
  // js-yaml 5 leaves dates as text, which compares as dates do.
  const notices = readdirSync(join(FIXTURE, 'content/notices')).map((name) => ({
    id: name.replace(/\.mdx$/, ''),
    ...frontmatter<Omit<NoticeFile, 'id'>>(`notices/${name}`),
  }));
  const inForce = notices.filter((n) => n.start <= TEST_BUILD_DATE && (!n.end || n.end >= TEST_BUILD_DATE));
  const ended = notices.filter((n) => n.end && n.end < TEST_BUILD_DATE);
  const future = notices.filter((n) => n.start > TEST_BUILD_DATE);
  const agencyOf = (service: string) => frontmatter<{ agency: string }>(`services/${service}.mdx`).agency;
  const services = readdirSync(join(FIXTURE, 'content/services')).map((name) => name.replace(/\.mdx$/, ''));
  const agencies = readdirSync(join(FIXTURE, 'content/agencies')).map((name) => name.replace(/\.mdx$/, ''));

  /** The notices each page should show, worked out from the files alone. */
  function expected(path: string): string[] {
    const ids = (list: NoticeFile[]) => list.map((n) => n.id).sort();
    if (path === '/') return ids(inForce);
    if (path === '/status-layanan/') return ids([...inForce, ...ended]);
    const service = services.find((id) => path === `/layanan/${id}/`);
    if (service)
      return ids(inForce.filter((n) => n.services?.includes(service) || n.agencies?.includes(agencyOf(service))));
    const agency = agencies.find((id) => path === `/instansi/${id}/`);
    if (agency)
      return ids(
        inForce.filter((n) => n.agencies?.includes(agency) || n.services?.some((s) => agencyOf(s) === agency)),
      );
    return [];
  }
  const shown = (path: string) =>
    [...loadPage(dist, path).querySelectorAll('[data-status-notice]')]
      .map((el) => el.getAttribute('data-status-notice'))
      .sort();

  it('the fixture has notices in force (one without an end), one that ended and one yet to start', () => {
    expect(inForce.length).toBeGreaterThanOrEqual(2);
    expect(inForce.some((n) => !n.end)).toBe(true);
    expect(ended.length).toBeGreaterThan(0);
    expect(future.length).toBeGreaterThan(0);
  });

  it('each page shows exactly the notices that concern it: in force on guides, agencies and home, ended only in the archive, future nowhere', () => {
    const concerned = pages.filter((path) => expected(path).length > 0);
    expect(concerned).toEqual(expect.arrayContaining(['/', '/status-layanan/']));
    expect(concerned.filter((path) => path.startsWith('/layanan/')).length).toBeGreaterThanOrEqual(3);
    expect(concerned.filter((path) => path.startsWith('/instansi/')).length).toBe(2);
    for (const path of pages.filter((p) => !p.startsWith('/admin/'))) expect(shown(path), path).toEqual(expected(path));
  });

  it('a guide says what happened, since when, until when, and what to do instead, right under its title', () => {
    const notice = inForce.find((n) => n.end && n.services?.length === 0) ?? inForce.find((n) => n.end)!;
    const guide = services.find((id) => expected(`/layanan/${id}/`).includes(notice.id))!;
    const doc = loadPage(dist, `/layanan/${guide}/`);
    expect(doc.querySelector('h1 + [data-status-notices]'), guide).not.toBeNull();
    const text = doc.querySelector(`[data-status-notice="${notice.id}"]`)?.textContent?.replace(/\s+/g, ' ');
    expect(text).toContain(t.notices.kinds[notice.kind]);
    expect(text).toMatch(/Sejak \d{1,2} \w+ 2026, sampai \d{1,2} \w+ 2026/);
    expect(text).toContain(`${t.notices.instead}:`);
    const open = inForce.find((n) => !n.end)!;
    const openGuide = `/layanan/${open.services![0]}/`;
    expect(loadPage(dist, openGuide).querySelector(`[data-status-notice="${open.id}"]`)?.textContent).toContain(
      t.notices.untilUnknown,
    );
  });

  it('search results carry the notice, and structured data is a SpecialAnnouncement with its expiry', () => {
    for (const service of services) {
      const doc = loadPage(dist, `/layanan/${service}/`);
      const status = doc.querySelector('[data-pagefind-meta="status"]')?.textContent ?? '';
      const current = inForce.filter((n) => expected(`/layanan/${service}/`).includes(n.id));
      expect(status === '', service).toBe(current.length === 0);
      for (const notice of current) expect(status, service).toContain(t.notices.kinds[notice.kind]);
      const announcements = [...doc.querySelectorAll('script[type="application/ld+json"]')]
        .map((s) => JSON.parse(s.textContent ?? '{}'))
        .filter((json) => json['@type'] === 'SpecialAnnouncement');
      expect(announcements.length, service).toBe(current.length);
      for (const json of announcements) {
        const notice = current.find((n) => json.url.endsWith(`#${n.id}`))!;
        expect(json.datePosted).toBe(`${notice.start}T00:00:00+08:00`);
        if (notice.end) expect(json.expires > `${notice.end}T`).toBe(true);
        else expect(json.expires).toBeUndefined();
      }
    }
  });

  it('the open-now block counts the notices in force and links to them', () => {
    const line = loadPage(dist, '/').querySelector('[data-notice-count]');
    expect(line?.textContent).toContain(String(inForce.length));
    expect(line?.querySelector('a')?.getAttribute('href')).toBe('/status-layanan/');
  });
});

describe('scheduled news, on the fixed build day', () => {
  const news = readdirSync(join(FIXTURE, 'content/news')).map((name) => ({
    id: name.replace(/\.mdx$/, ''),
    ...frontmatter<{ date: string; expires?: string; tags?: string[] }>(`news/${name}`),
  }));
  const future = news.filter((n) => n.date > TEST_BUILD_DATE);
  const ended = news.filter((n) => n.expires && n.expires < TEST_BUILD_DATE);
  const listedIn = (path: string) =>
    [...loadPage(dist, path).querySelectorAll('main a[href^="/berita/"]')].map((a) => a.getAttribute('href'));
  const feed = () => readFileSync(join(dist, 'berita/rss.xml'), 'utf8');

  it('the fixture has an item dated after the build day and one past its expiry', () => {
    expect(future.length).toBeGreaterThan(0);
    expect(ended.length).toBeGreaterThan(0);
  });

  it('an item dated later has no page and is on no list, feed or tag page yet', () => {
    for (const item of future) {
      expect(existsSync(fileFor(dist, `/berita/${item.id}/`)), item.id).toBe(false);
      expect(listedIn('/berita/'), item.id).not.toContain(`/berita/${item.id}/`);
      expect(listedIn('/'), item.id).not.toContain(`/berita/${item.id}/`);
      expect(feed(), item.id).not.toContain(`/berita/${item.id}/`);
      for (const tag of item.tags ?? []) expect(pages, tag).not.toContain(`/berita/tag/${tag}/`);
    }
  });

  it('an ended item keeps its page, says it ended, and leaves the lists, the feed and search', () => {
    for (const item of ended) {
      const doc = loadPage(dist, `/berita/${item.id}/`);
      expect(doc.querySelector('[data-news-ended]')?.textContent, item.id).toMatch(/berakhir pada \d{1,2} \w+ 2026/);
      expect(doc.querySelector('[data-pagefind-body]'), item.id).toBeNull();
      expect(listedIn('/berita/'), item.id).not.toContain(`/berita/${item.id}/`);
      expect(feed(), item.id).not.toContain(`/berita/${item.id}/`);
      // Its tags lead nowhere once no listed item carries them, so they are plain text.
      for (const tag of item.tags ?? []) expect(doc.querySelector(`a[href="/berita/tag/${tag}/"]`), tag).toBeNull();
    }
    const current = news.filter((n) => !future.includes(n) && !ended.includes(n));
    for (const item of current) expect(listedIn('/berita/'), item.id).toContain(`/berita/${item.id}/`);
  });
});

describe('MPP keliling, on the fixed build day', () => {
  interface DayFile {
    id: string;
    title: string;
    date: string;
    start: string;
    end: string;
    district: string;
    place: string;
    services: string[];
  }
  const days: DayFile[] = readdirSync(join(FIXTURE, 'content/outreach')).map((name) => ({
    id: name.replace(/\.mdx$/, ''),
    ...frontmatter<Omit<DayFile, 'id'>>(`outreach/${name}`),
  }));
  const upcoming = days.filter((d) => d.date >= TEST_BUILD_DATE);
  const past = days.filter((d) => d.date < TEST_BUILD_DATE);
  const titleOf = (service: string) => frontmatter<{ title: string }>(`services/${service}.mdx`).title;

  it('/keliling/ lists the days to come and, apart, the days past', () => {
    expect(upcoming.length).toBeGreaterThan(0);
    expect(past.length).toBeGreaterThan(0);
    const list = (section: string) =>
      [...loadPage(dist, '/keliling/').querySelectorAll(`[data-outreach-list="${section}"] [data-outreach]`)].map(
        (li) => li.getAttribute('data-outreach'),
      );
    expect(list('berikutnya')).toEqual(upcoming.map((d) => d.id));
    expect(list('sudah-berlangsung')).toEqual(past.map((d) => d.id));
  });

  it('a day says when (in WITA), where and which services, and shares all of it in WhatsApp', () => {
    for (const day of days) {
      const doc = loadPage(dist, `/keliling/${day.id}/`);
      const when = doc.querySelector('[data-when]')?.textContent ?? '';
      expect(when, day.id).toContain(`${day.start.replace(':', '.')}–${day.end.replace(':', '.')} WITA`);
      expect(doc.querySelector('[data-where]')?.textContent, day.id).toContain(day.place);
      const links = [...doc.querySelectorAll('[data-outreach-services] a')].map((a) => a.getAttribute('href'));
      expect(links, day.id).toEqual(day.services.map((s) => `/layanan/${s}/`));
      const share = doc.querySelector('a[href^="https://wa.me/?text="]')?.getAttribute('href') ?? '';
      const text = new URL(share).searchParams.get('text') ?? '';
      for (const part of [day.title, day.place, ...day.services.map(titleOf), `/keliling/${day.id}/`])
        expect(text, `${day.id}: ${part}`).toContain(part);
      expect(doc.querySelector('[data-outreach-past]') !== null, day.id).toBe(past.includes(day));
    }
  });

  it('each day has an A4 poster with its place, its services and a QR code', () => {
    for (const day of days) {
      const poster = loadPage(dist, `/keliling/${day.id}/poster/`);
      expect(poster.querySelector('[data-where]')?.textContent, day.id).toContain(day.place);
      expect(poster.querySelectorAll('[data-outreach-services] li').length, day.id).toBe(day.services.length);
      expect(poster.querySelector('.poster-qr svg'), day.id).not.toBeNull();
    }
  });

  it('/kalender/kegiatan.ics has each day at its hours in the MPP zone, with its place', () => {
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(dist, 'kalender/kegiatan.ics'), 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    for (const day of days) {
      const event = events.find((e) => e.summary === day.title);
      expect(event, day.id).toBeDefined();
      // WITA is UTC+8.
      const utc = (clock: string) => new Date(`${day.date}T${clock}:00+08:00`).getTime();
      expect(event!.startDate.toJSDate().getTime(), day.id).toBe(utc(day.start));
      expect(event!.endDate.toJSDate().getTime(), day.id).toBe(utc(day.end));
      expect(event!.location, day.id).toContain(day.place);
    }
  });
});

describe('nothing of the sample MPP', () => {
  const builtFiles = () =>
    readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(html|xml|txt|json)$/.test(file));

  it('no built page names the sample MPP or one of its places', () => {
    const words = regionalWords(projectRoot).map((word) => word.toLowerCase());
    expect(words).toContain('ogan ilir');
    const offenders = builtFiles().flatMap((file) => {
      const text = readFileSync(join(dist, file), 'utf8').toLowerCase();
      return words.filter((word) => text.includes(word)).map((word) => `${file}: "${word}"`);
    });
    expect(offenders).toEqual([]);
  });

  it('no built page links or marks an entry, category or tag of the sample', () => {
    const slugs = contentSlugs(projectRoot);
    const tags = newsTags(projectRoot);
    expect(slugs).toContain('ktp-el-baru');
    const offenders = builtFiles().flatMap((file) => {
      const text = readFileSync(join(dist, file), 'utf8');
      return [
        ...slugs.filter((slug) => text.includes(`/${slug}/`) || new RegExp(`data-[a-z-]+="${slug}"`).test(text)),
        ...tags.filter((tag) => text.includes(`/berita/tag/${tag}/`)),
      ].map((slug) => `${file}: ${slug}`);
    });
    expect(offenders).toEqual([]);
  });
});

describe('guides say whether their agency confirmed them', () => {
  it("the unverified notice and review line follow each file's verified flag", () => {
    const services = readdirSync(join(FIXTURE, 'content/services')).map((name) => name.replace(/\.mdx$/, ''));
    const verified = services.filter((id) => frontmatter<{ verified: boolean }>(`services/${id}.mdx`).verified);
    expect(verified.length, 'the fixture needs a verified guide').toBeGreaterThan(0);
    expect(verified.length, 'and an unverified one').toBeLessThan(services.length);
    for (const id of services) {
      const doc = loadPage(dist, `/layanan/${id}/`);
      expect(doc.querySelector('[data-unverified]') !== null, id).toBe(!verified.includes(id));
      expect(doc.querySelector('[data-last-reviewed]')?.getAttribute('data-review'), id).toBe(
        verified.includes(id) ? 'verified' : 'unverified',
      );
    }
    // The agency is named only where it confirmed.
    const line = loadPage(dist, `/layanan/${verified[0]}/`).querySelector('[data-last-reviewed]')?.textContent;
    expect(line).toMatch(/^Diperiksa oleh Capil Kota Contoh pada \d{1,2} \w+ 2026\./);
  });
});

describe('text typed in the CMS is shown as typed', () => {
  // The fixture's news/biaya-hostile.mdx is what the CMS writes for these values.
  const FILE = 'content/news/biaya-hostile.mdx';
  const TITLE = 'Biaya <50 ribu {gratis} & “tanpa” pungutan';
  const SUMMARY = 'Ringkasan dengan <b>tag</b>, {kurung kurawal}, &amp; dan *bintang*.';
  /** Paragraphs as Decap's editor writes them for text typed in it (nothing here is Markdown syntax to Decap). */
  const PARAGRAPHS = [
    'Biaya <50 ribu {gratis}',
    '<script>alert(1)</script>',
    'import beras naik 10 persen',
    'export kopi {Kota Contoh}',
    '<p class=MsoNormal><o:p></o:p>Teks dari Word</p>',
    'C:\\Data\\Warga, a > b, 5 < 6, } {',
    'Emoji 😀 dan huruf Arab خدمة عامة',
    'Entitas &amp; &copy; &#169; tetap tertulis',
  ];
  const formatter = formatterForFile(cmsConfig({}), FILE);

  it('the fixture file is exactly what the CMS saves, and is saved back byte for byte', () => {
    if (!formatter) throw new Error(`no CMS format for ${FILE}`);
    const onDisk = readFileSync(join(FIXTURE, FILE), 'utf8');
    const values = { title: TITLE, date: '2026-11-20', summary: SUMMARY, tags: ['biaya'], draft: false };
    expect(formatter.toFile({ ...values, body: PARAGRAPHS.join('\n\n') })).toBe(onDisk);
    expect(formatter.toFile(formatter.fromFile(onDisk))).toBe(onDisk);
  });

  it('shows the title, summary and every paragraph exactly as typed', () => {
    const article = loadPage(dist, '/berita/biaya-hostile/').querySelector('[data-news="biaya-hostile"]');
    expect(article?.querySelector('h1')?.textContent).toBe(TITLE);
    expect(article?.textContent).toContain(SUMMARY);
    const paragraphs = [...(article?.querySelectorAll('.prose p') ?? [])].map((p) => p.textContent);
    expect(paragraphs).toEqual(PARAGRAPHS);
  });

  it('runs nothing that was typed', () => {
    const doc = loadPage(dist, '/berita/biaya-hostile/');
    const executable = [...doc.querySelectorAll('script:not([type="application/ld+json"])')];
    expect(executable.filter((s) => s.textContent?.includes('alert(1)'))).toEqual([]);
    expect(doc.querySelector('.prose script, .prose o\\:p, .prose p p')).toBeNull();
  });
});

describe('punctuation is shown as typed', () => {
  // news/tanda-baca-apa-adanya.mdx: straight quotes, an apostrophe, "--" and "---" as an editor types them.
  it('no quote or dash is turned typographic, in the page, its title or the feed', () => {
    const doc = loadPage(dist, '/berita/tanda-baca-apa-adanya/');
    expect(doc.querySelector('h1')?.textContent).toBe('Tanda baca "apa adanya" -- tanpa diubah');
    expect(doc.querySelector('[data-news] .prose p')?.textContent).toBe(
      'Kata "kutipan", it\'s, 1--2 dan a --- b tetap seperti diketik.',
    );
    const feed = new DOMParser().parseFromString(readFileSync(join(dist, 'berita/rss.xml'), 'utf8'), 'text/xml');
    const titles = [...feed.querySelectorAll('item > title')].map((title) => title.textContent);
    expect(titles).toContain('Tanda baca "apa adanya" -- tanpa diubah');
  });
});

/** Everything on a page that could run script. */
function activeContent(doc: Document): string[] {
  const found: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) found.push(`${el.tagName} ${attr}`);
    const href = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
    if (/^\s*(javascript|vbscript|data):/i.test(href)) found.push(`${el.tagName} ${href}`);
  }
  for (const script of doc.querySelectorAll('script')) {
    // JSON-LD is data, not code; it is checked separately for a closing tag.
    const type = script.getAttribute('type');
    const executable = !type || /^(module|text\/javascript)$/.test(type);
    if (executable && /xss/.test(script.textContent ?? '')) found.push('script with xss');
  }
  if (doc.querySelector('iframe, main img[src="x"]')) found.push('iframe or injected img');
  return found;
}

describe('markup and code written into content files never become active', () => {
  // news/uji-teks-berbahaya.mdx is written by hand, not by the CMS: <script>, event handlers,
  // raw HTML, MDX expressions, export, a javascript: link, images and a link definition with
  // javascript: and data: addresses; services/legalisir-dokumen-warga.mdx
  // has an event handler in its product field.
  it('the news body and fields render as the literal text typed, with nothing active', () => {
    const doc = loadPage(dist, '/berita/uji-teks-berbahaya/');
    expect(activeContent(doc)).toEqual([]);
    // Structured data carries the title as data, with "<" escaped so it cannot close the tag.
    const html = readFileSync(fileFor(dist, '/berita/uji-teks-berbahaya/'), 'utf8');
    const ldJson = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => m[1]);
    expect(ldJson.length).toBeGreaterThan(0);
    for (const json of ldJson) expect(json).not.toMatch(/<\/?script/i);
    expect(JSON.parse(ldJson[0]).headline).toBe("<script>alert('xss-title')</script> Uji");
    const text = doc.querySelector('article')?.textContent ?? '';
    expect(text).toContain("<script>alert('xss-title')</script> Uji");
    expect(text).toContain("<script>alert('xss-body')</script>");
    expect(text).toContain(`<img src="x" onerror="alert('xss-img')" />`);
    expect(text).toContain('Biaya {gratis} dan {1+1}');
    expect(text).toContain('export const bocor = 1');
    expect(text).toContain('klik di sini');
    // Markdown images and link definitions with script or data addresses keep only their words.
    expect(text).toContain('gambar jahat');
    expect(text).toContain('gambar data');
    expect(doc.querySelector('article img[src^="javascript:"], article img[src^="data:"]')).toBeNull();
    expect(doc.querySelector('a[href^="javascript:"]')).toBeNull();
    expect(doc.querySelector('a[href="https://www.lapor.go.id"]')?.textContent).toBe('aman');
  });

  it('fields are escaped in meta tags, on other pages and in lists', () => {
    const doc = loadPage(dist, '/berita/uji-teks-berbahaya/');
    expect(doc.querySelector('meta[name=description]')?.getAttribute('content')).toBe(
      "Ringkasan <img src=x onerror=alert('xss-summary')> uji",
    );
    const service = loadPage(dist, '/layanan/legalisir-dokumen-warga/');
    expect(activeContent(service)).toEqual([]);
    expect(service.querySelector('[data-product]')?.textContent).toBe(
      "Fotokopi <b onmouseover=alert('xss-product')>asli</b> dilegalisir",
    );
    expect(activeContent(loadPage(dist, '/berita/'))).toEqual([]);
  });

  it('no page of the site has anything active from content', () => {
    for (const path of pages.filter((p) => !p.startsWith('/admin/')))
      expect(activeContent(loadPage(dist, path)), path).toEqual([]);
  });
});

describe('content images', () => {
  it.each([
    ['/berita/loket-bank-buka-sore/', 'eager'],
    ['/umkm/g-11-abon-ikan-contoh/', 'lazy'],
  ])('%s serves AVIF and WebP in several widths, sized, %s', (path, loading) => {
    const doc = loadPage(dist, path);
    const picture = doc.querySelector('main picture');
    expect(picture).not.toBeNull();
    const types = [...picture!.querySelectorAll('source')].map((s) => s.getAttribute('type'));
    expect(types).toEqual(['image/avif', 'image/webp']);
    for (const source of picture!.querySelectorAll('source')) {
      const candidates = (source.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/));
      expect(candidates.length).toBeGreaterThanOrEqual(2);
      for (const [url, width] of candidates) {
        expect(width).toMatch(/^\d+w$/);
        expect(existsSync(fileFor(dist, url)), url).toBe(true);
      }
    }
    const img = picture!.querySelector('img');
    expect(img?.getAttribute('alt')).toBe('Foto contoh untuk uji');
    expect(Number(img?.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(img?.getAttribute('height'))).toBeGreaterThan(0);
    expect(img?.getAttribute('loading')).toBe(loading);
    const ogImage = new URL(doc.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '');
    expect(existsSync(fileFor(dist, ogImage.pathname)), ogImage.pathname).toBe(true);
  });

  it('a picture in the body is served like a cover, with its alternative text', () => {
    const pictures = [...loadPage(dist, '/berita/loket-bank-buka-sore/').querySelectorAll('main .prose picture')];
    expect(pictures).toHaveLength(1);
    const types = [...pictures[0].querySelectorAll('source')].map((s) => s.getAttribute('type'));
    expect(types).toEqual(['image/avif', 'image/webp']);
    for (const source of pictures[0].querySelectorAll('source'))
      for (const [url] of (source.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)))
        expect(existsSync(fileFor(dist, url)), url).toBe(true);
    const img = pictures[0].querySelector('img');
    expect(img?.getAttribute('alt')).toBe('Antrean di depan loket bank');
    expect(img?.getAttribute('loading')).toBe('lazy');
    expect(Number(img?.getAttribute('width'))).toBeGreaterThan(0);
  });
});
