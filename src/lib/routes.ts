import { planQuery } from './plan-address';

/**
 * The `[...page]` parameter of page N of a list: none for page 1 (the list's own URL), then
 * `halaman/N`. Every paged list is one route file `<list>/[...page].astro`.
 */
export const pageParam = (page: number): string | undefined => (page <= 1 ? undefined : `halaman/${page}`);

/** Page N of a list at `base`: page 1 is `base` itself, the others `base`halaman/N/. */
const paged = (base: string, page: number) => {
  const param = pageParam(page);
  return param ? `${base}${param}/` : base;
};

/** Every public URL of the site, in one place. URLs are Indonesian and end with a slash. */
export const paths = {
  home: () => '/',
  services: (page = 1) => paged('/layanan/', page),
  serviceCategory: (id: string, page = 1) => paged(`/layanan/kategori/${id}/`, page),
  service: (id: string) => `/layanan/${id}/`,
  agencies: () => '/instansi/',
  agency: (id: string) => `/instansi/${id}/`,
  agencyServices: (id: string, page = 1) => paged(`/instansi/${id}/layanan/`, page),
  journeys: () => '/peristiwa/',
  journey: (id: string) => `/peristiwa/${id}/`,
  news: (page = 1) => paged('/berita/', page),
  newsItem: (id: string) => `/berita/${id}/`,
  newsTag: (tag: string, page = 1) => paged(`/berita/tag/${tag}/`, page),
  booths: () => '/umkm/',
  booth: (id: string) => `/umkm/${id}/`,
  boothCategory: (id: string) => `/umkm/kategori/${id}/`,
  boothStatus: (status: string, page = 1) => paged(`/umkm/status/${status}/`, page),
  campaigns: () => '/kampanye/',
  campaign: (id: string) => `/kampanye/${id}/`,
  campaignPoster: (id: string) => `/kampanye/${id}/poster/`,
  campaignCard: (id: string) => `/kampanye/${id}/kartu.png`,
  page: (id: string) => `/${id}/`,
  /** Outreach days (MPP keliling): upcoming, then past; each with its page and an A4 poster. */
  outreach: () => '/keliling/',
  outreachDay: (id: string) => `/keliling/${id}/`,
  outreachPoster: (id: string) => `/keliling/${id}/poster/`,
  /** Campaigns and outreach days as an iCalendar file (src/pages/kalender/kegiatan.ics.ts). */
  eventCalendar: () => '/kalender/kegiatan.ics',
  /** Service status notices: those in force today, then the archive of those that ended. */
  notices: () => '/status-layanan/',
  notice: (id: string) => `/status-layanan/#${id}`,
  /** Accountability: what the MPP publishes about its commitment, satisfaction, complaints and facilities. */
  accountability: () => '/akuntabilitas/',
  maklumat: (id?: string) => `/akuntabilitas/maklumat/${id ? `#${id}` : ''}`,
  satisfaction: (id?: string) => `/akuntabilitas/survei-kepuasan/${id ? `#${id}` : ''}`,
  complaintReports: (id?: string) => `/akuntabilitas/rekap-pengaduan/${id ? `#${id}` : ''}`,
  facilities: (id?: string) => `/akuntabilitas/fasilitas/${id ? `#${id}` : ''}`,
  search: () => '/cari/',
  /** What search shows besides results: direct answers, the no-result help (src/lib/search-help.ts). */
  searchHelp: () => '/cari/bantuan.json',
  /** Pages kept on this device for reading without signal; also what a page not kept shows offline. */
  saved: () => '/tersimpan/',
  /** The service worker (src/service-worker/worker.ts); at the root, so it serves every page. */
  serviceWorker: () => '/sw.js',
  /** The pages' own code for reading without signal (src/browser/offline-page.ts), loaded on demand. */
  offlineScript: () => '/offline.js',
  /** The visit planner: several services, one trip; the plan lives in the address (`?l=a,b`). */
  plan: (ids: string[] = []) => `/rencana/${planQuery(ids)}`,
  /** Adds one service to the plan last made on this device (src/browser/visit-planner.ts). */
  planAdd: (id: string) => `/rencana/?tambah=${id}`,
  /** What the planner knows about every service (src/lib/plan-catalog.ts). */
  planCatalog: () => '/rencana/layanan.json',
  /** The planner's QR encoder for the printout (src/browser/plan-qr.ts), loaded on demand. */
  planQr: () => '/rencana/qr.js',
  /** Holidays, closures and special hours as an iCalendar file (src/pages/kalender/libur.ics.ts). */
  holidayCalendar: () => '/kalender/libur.ics',
  /** The picture shown when a shared page has none of its own. */
  defaultShareImage: () => '/og-default.png',
} as const;

/** The id of the service whose guide is at `path`, or undefined for any other page. */
export const serviceIdOf = (path: string): string | undefined => /^\/layanan\/([^/]+)\/$/.exec(path)?.[1];

/** Absolute URL of a path on the site, for share links, QR codes and feeds. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

export interface Pagination<T> {
  items: T[];
  page: number;
  pageCount: number;
}

/** Splits a list into numbered pages (1-based); always yields at least one page. */
export function paginate<T>(list: T[], pageSize: number): Pagination<T>[] {
  const pageCount = Math.max(1, Math.ceil(list.length / pageSize));
  return Array.from({ length: pageCount }, (_, index) => ({
    items: list.slice(index * pageSize, (index + 1) * pageSize),
    page: index + 1,
    pageCount,
  }));
}

/** The props of one page of a paged list route. */
export interface PagedProps<T> {
  pagination: Pagination<T>;
}

/**
 * `getStaticPaths` entries for every page of one list: the list's own route `params` (a tag, a
 * category …) and `props`, plus the page parameter and that page's items.
 */
export function pagedPaths<T, P extends Record<string, string>, X extends object>(
  pages: Pagination<T>[],
  params = {} as P,
  props = {} as X,
) {
  return pages.map((pagination) => ({
    params: { ...params, page: pageParam(pagination.page) },
    props: { ...props, pagination },
  }));
}
