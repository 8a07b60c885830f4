/** Page N of a list at `base`: page 1 is `base` itself, the others `base`halaman/N/. */
const paged = (base: string, page: number) => (page <= 1 ? base : `${base}halaman/${page}/`);

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
  search: () => '/cari/',
} as const;

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
