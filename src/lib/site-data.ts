/**
 * The one place pages read content from. All collections are loaded once per build (pages
 * share the memoised promise), drafts are dropped in production, cross-entry rules are
 * checked, and lookups are prepared as maps so that no page scans a collection again.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { checkIntegrity } from './content-integrity';
import { fileProblems } from './content-files';
import { bodyProblems } from './body-rules';
import { impossibleDates, yamlPart } from './raw-dates';
import type { Schedule } from './hours';
import { isoDate } from './format';
import { buildDate } from './date-windows';
import { noticesOn } from './notices';
import { newsOn } from './news';
import { outreachOn } from './outreach';

export type Agency = CollectionEntry<'agencies'>;
export type Service = CollectionEntry<'services'>;
export type Journey = CollectionEntry<'journeys'>;
export type NewsItem = CollectionEntry<'news'>;
export type Booth = CollectionEntry<'booths'>;
export type Campaign = CollectionEntry<'campaigns'>;
export type Page = CollectionEntry<'pages'>;
export type SiteSettings = CollectionEntry<'site'>['data'];
export type Categories = CollectionEntry<'categories'>['data'];
export type Closures = CollectionEntry<'closures'>['data'];
export type Maklumat = CollectionEntry<'maklumat'>;
export type SkmPeriod = CollectionEntry<'skm'>;
export type ComplaintReport = CollectionEntry<'complaintReports'>;
export type Facility = CollectionEntry<'facilities'>;
export type Notice = CollectionEntry<'notices'>;
export type OutreachDay = CollectionEntry<'outreach'>;

const published = <T extends { data: { draft?: boolean } }>(list: T[]) =>
  import.meta.env.PROD ? list.filter((entry) => !entry.data.draft) : list;

const newestFirst = (a: { id: string; data: { start: Date } }, b: { id: string; data: { start: Date } }) =>
  b.data.start.getTime() - a.data.start.getTime() || a.id.localeCompare(b.id);

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
  a.data.title.localeCompare(b.data.title, 'id');

/** A settings file is required: without it the site cannot say who it is or when it is open. */
function required<T>(entry: T | undefined, file: string): T {
  if (!entry) throw new Error(`content/settings/${file} is missing: the site cannot be built without it`);
  return entry;
}

async function load() {
  const [agencies, allServices, allJourneys, allNews, allBooths, allCampaigns, allPages] = await Promise.all([
    getCollection('agencies'),
    getCollection('services'),
    getCollection('journeys'),
    getCollection('news'),
    getCollection('booths'),
    getCollection('campaigns'),
    getCollection('pages'),
  ]);
  const [allMaklumat, allSkm, allComplaintReports, allFacilities, allNotices, allOutreach] = await Promise.all([
    getCollection('maklumat'),
    getCollection('skm'),
    getCollection('complaintReports'),
    getCollection('facilities'),
    getCollection('notices'),
    getCollection('outreach'),
  ]);
  const site = required(await getEntry('site', 'site'), 'site.yml').data;
  const categories = required(await getEntry('categories', 'categories'), 'categories.yml').data;
  const closures = required(await getEntry('closures', 'closures'), 'closures.yml').data;

  const floorplan = required(await getEntry('floorplan', 'floorplan'), 'floorplan.yml').data;
  const problems = checkIntegrity({
    agencies,
    services: allServices,
    journeys: allJourneys,
    news: allNews,
    booths: allBooths,
    campaigns: allCampaigns,
    notices: allNotices,
    outreach: allOutreach,
    settings: [
      {
        id: 'site',
        filePath: 'content/settings/site.yml',
        data: {
          featuredServices: site.featuredServices,
          boothApplication: site.boothApplication,
          visitPage: site.visitPage,
          complaintsPage: site.complaintsPage,
          draft: false,
        },
      },
    ],
    pages: allPages,
    serviceCategories: categories.services.map((c) => c.id),
    boothCategories: categories.booths.map((c) => c.id),
    boothSlots: floorplan.areas.filter((a) => a.kind === 'booth').map((a) => a.id),
    planCounters: floorplan.areas.flatMap((a) => a.counters ?? []),
    agencyMentions: [
      ...allNotices.flatMap((entry) =>
        entry.data.agencies.map((agency, i) => ({
          entry,
          collection: 'notices',
          field: `agencies[${i}]`,
          agency: agency.id,
        })),
      ),
      ...allMaklumat.flatMap((entry) =>
        entry.data.agency ? [{ entry, collection: 'maklumat', field: 'agency', agency: entry.data.agency.id }] : [],
      ),
      ...allSkm.flatMap((entry) =>
        entry.data.results.flatMap((result, i) =>
          result.agency ? [{ entry, collection: 'skm', field: `results[${i}].agency`, agency: result.agency.id }] : [],
        ),
      ),
    ],
    facilities: allFacilities,
    planAreas: floorplan.areas.map((a) => a.id),
    production: import.meta.env.PROD,
  });
  for (const entry of [
    agencies,
    allServices,
    allJourneys,
    allNews,
    allBooths,
    allCampaigns,
    allPages,
    allMaklumat,
    allSkm,
    allComplaintReports,
    allFacilities,
    allNotices,
    allOutreach,
  ].flat()) {
    if (!entry.filePath) continue;
    const yamlText = yamlPart(readFileSync(entry.filePath, 'utf8'), entry.filePath);
    for (const bad of impossibleDates(yamlText))
      problems.push(`${entry.filePath}: field "${bad.field}": tanggal "${bad.value}" tidak ada di kalender`);
    for (const message of bodyProblems(entry.body ?? '')) problems.push(`${entry.filePath}: field "body": ${message}`);
  }
  for (const file of ['site.yml', 'closures.yml', 'floorplan.yml']) {
    const path = `content/settings/${file}`;
    for (const bad of impossibleDates(readFileSync(path, 'utf8')))
      problems.push(`${path}: field "${bad.field}": tanggal "${bad.value}" tidak ada di kalender`);
  }
  // Files no loader reads, two files that become one entry, pages on a used address.
  problems.push(...fileProblems(process.cwd()));
  if (problems.length > 0) {
    throw new Error(`Konten tidak valid (${problems.length} masalah):\n- ${problems.join('\n- ')}`);
  }

  const services = published(allServices).sort(byTitle);
  const agencyList = [...agencies].sort(
    (a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name),
  );
  const agencyById = new Map(agencyList.map((a) => [a.id, a]));
  const servicesByAgency = new Map<string, Service[]>(agencyList.map((a) => [a.id, []]));
  for (const service of services) servicesByAgency.get(service.data.agency.id)?.push(service);

  const today = buildDate(site.timeZone);
  const serviceById = new Map(services.map((s) => [s.id, s]));
  const pages = published(allPages).sort((a, b) => a.data.order - b.data.order);
  const upcomingClosures = closures.closures
    .filter((c) => c.date.getTime() >= today.getTime() - 86_400_000 * 7)
    // A cuti bersama is a closure only where the MPP has decided to close; while undecided it
    // is marked so that no page promises either answer.
    .filter((c) => c.kind !== 'cuti-bersama' || closures.cutiBersama !== 'buka')
    .map((c) => ({
      date: isoDate(c.date),
      name: c.name,
      ...(c.kind === 'cuti-bersama' && closures.cutiBersama === 'belum-ditetapkan' ? { unconfirmed: true } : {}),
    }));

  const newsWindow = newsOn(
    published(allNews).sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id)),
    today,
  );

  return {
    site,
    categories,
    closures,
    floorplan,
    today,
    agencies: agencyList,
    agencyById,
    services,
    serviceById,
    /** The home page's services: as chosen in settings, or the first six when none are chosen. */
    featuredServices: site.featuredServices.length
      ? site.featuredServices.flatMap((ref) => serviceById.get(ref.id) ?? [])
      : services.slice(0, 6),
    /** The page on visiting the MPP (menu link, hours, floor plan), when settings name one. */
    visitPage: pages.find((p) => p.id === site.visitPage),
    /** The page on how to complain, when settings name one (search points complaints to it). */
    complaintsPage: pages.find((p) => p.id === site.complaintsPage),
    /** The service that explains how to apply for a UMKM booth, when settings name one. */
    boothApplication: site.boothApplication ? serviceById.get(site.boothApplication.id) : undefined,
    servicesByAgency,
    journeys: published(allJourneys).sort((a, b) => a.data.order - b.data.order),
    /** News on lists, the home page, the feed and search: published, dated today or earlier, not ended. */
    news: newsWindow.listed,
    /** Every news item with a page: `news` plus the ended ones, which keep their page. */
    newsPages: newsWindow.withPage,
    booths: published(allBooths).sort((a, b) => a.data.code.localeCompare(b.data.code)),
    campaigns: published(allCampaigns).sort((a, b) => b.data.start.getTime() - a.data.start.getTime()),
    /** Service status notices in force on the build day (`current`) and those that ended (`ended`). */
    notices: noticesOn(published(allNotices), today),
    /** Outreach days from the build day on (soonest first), and those past (latest first). */
    outreach: outreachOn(published(allOutreach), today),
    pages,
    /** Accountability: maklumat in their order, SKM and complaint periods newest first, facilities. */
    maklumat: published(allMaklumat).sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
    skm: published(allSkm).sort(newestFirst),
    complaintReports: published(allComplaintReports).sort(newestFirst),
    facilities: published(allFacilities).sort(
      (a, b) => a.data.order - b.data.order || a.data.name.localeCompare(b.data.name, 'id'),
    ),
    /** The MPP's schedule for the open-now logic, with past holidays trimmed to keep pages small. */
    schedule: {
      timeZone: site.timeZone,
      weekly: site.hours,
      closures: upcomingClosures,
      special: closures.specialHours.map((p) => ({
        name: p.name,
        start: isoDate(p.start),
        end: isoDate(p.end),
        hours: p.hours,
      })),
    } satisfies Schedule,
  };
}

export type SiteData = Awaited<ReturnType<typeof load>>;

let cached: Promise<SiteData> | undefined;

/** All content, loaded and checked once per build. */
export function siteData(): Promise<SiteData> {
  // In `astro dev` content changes while the server runs (the CMS writes files), so reload.
  if (!import.meta.env.PROD) return load();
  cached ??= load();
  return cached;
}

/** The agency of a service (integrity checks guarantee it exists). */
export function agencyOf(data: SiteData, service: Service): Agency {
  const agency = data.agencyById.get(service.data.agency.id);
  if (!agency) throw new Error(`${service.filePath}: field "agency": instansi tidak ditemukan`);
  return agency;
}
