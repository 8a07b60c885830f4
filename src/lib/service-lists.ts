/**
 * How the service lists are split so no list page grows with the content: the A–Z list in
 * pages of a fixed number of names; each category's and each agency's services in pages of
 * cards. A letter index points to the page where each initial starts, because in Indonesian
 * most titles start with "Pe" (Pembuatan, Pendaftaran, Perpanjangan) and a page per letter
 * would be very uneven.
 */
import { paginate, paths, type Pagination } from './routes';

/** Names per A–Z page: about 4 KB of gzip HTML, the whole list of a typical MPP on one page. */
export const SERVICE_AZ_PAGE_SIZE = 100;
/** Service cards per page of a category or an agency's services (and on the agency page itself). */
export const SERVICE_CARDS_PER_PAGE = 30;

interface Titled {
  data: { title: string };
}

/** The heading a title is filed under: its first letter, or "0–9" for a digit or symbol. */
export function initialOf(title: string): string {
  const first = title.trim().match(/[\p{L}\p{N}]/u)?.[0] ?? '';
  const letter = first.normalize('NFD').charAt(0).toLocaleUpperCase('id');
  return /^[A-Z]$/.test(letter) ? letter : '0–9';
}

/** Anchor of an initial on a list page, ASCII so it survives being typed or shared. */
export const initialAnchor = (initial: string) => (initial === '0–9' ? 'angka' : `huruf-${initial.toLowerCase()}`);

/** Items of one page grouped by initial, in list order. */
export function groupByInitial<T extends Titled>(items: T[]): { initial: string; items: T[] }[] {
  const groups: { initial: string; items: T[] }[] = [];
  for (const item of items) {
    const initial = initialOf(item.data.title);
    const last = groups.at(-1);
    if (last?.initial === initial) last.items.push(item);
    else groups.push({ initial, items: [item] });
  }
  return groups;
}

/** Every initial used, linked to the first A–Z page (and the anchor) where it appears. */
export function initialIndex<T extends Titled>(pages: Pagination<T>[]): { initial: string; href: string }[] {
  const index = new Map<string, string>();
  for (const { items, page } of pages)
    for (const item of items) {
      const initial = initialOf(item.data.title);
      if (!index.has(initial)) index.set(initial, `${paths.services(page)}#${initialAnchor(initial)}`);
    }
  return [...index].map(([initial, href]) => ({ initial, href }));
}

/** The A–Z pages of a list already sorted by title. */
export const azPages = <T extends Titled>(services: T[]) => paginate(services, SERVICE_AZ_PAGE_SIZE);

/** Every page of every service category that has services, in the categories' order. */
export function categoryPages<C extends { id: string }, T extends { data: { category: string } }>(
  categories: C[],
  services: T[],
): { category: C; pagination: Pagination<T> }[] {
  return categories.flatMap((category) => {
    const inCategory = services.filter((service) => service.data.category === category.id);
    if (!inCategory.length) return [];
    return paginate(inCategory, SERVICE_CARDS_PER_PAGE).map((pagination) => ({ category, pagination }));
  });
}

/** A title cut to its first words, for the "guide words" of an A–Z page. */
const guideWords = (title: string, words = 3) => {
  const parts = title.split(/\s+/);
  return parts.length > words ? `${parts.slice(0, words).join(' ')} …` : title;
};

/** Like a dictionary's guide words: each A–Z page with its first and last service, when there are several pages. */
export function pageGuide<T extends Titled>(pages: Pagination<T>[]): { page: number; href: string; range: string }[] {
  if (pages.length < 2) return [];
  return pages.map(({ page, items }) => ({
    page,
    href: paths.services(page),
    range: `${guideWords(items[0].data.title)} – ${guideWords(items.at(-1)!.data.title)}`,
  }));
}

/** Every page of every agency's own service list, for agencies with more services than one page holds. */
export function agencyServicePages<A extends { id: string }, T>(
  agencies: A[],
  servicesByAgency: Map<string, T[]>,
): { agency: A; pagination: Pagination<T> }[] {
  return agencies.flatMap((agency) => {
    const services = servicesByAgency.get(agency.id) ?? [];
    if (services.length <= SERVICE_CARDS_PER_PAGE) return [];
    return paginate(services, SERVICE_CARDS_PER_PAGE).map((pagination) => ({ agency, pagination }));
  });
}
