/** News listing rules shared by the index, its numbered pages and the home page. */
import { paginate, type Pagination } from './routes';

export const NEWS_PAGE_SIZE = 10;

interface Dated {
  data: { date: Date; expires?: Date };
}

/**
 * Scheduled publishing, decided on the build day: an item dated later has no page yet; an item
 * past its `expires` day keeps its page (links shared in WhatsApp still open it) but leaves the
 * lists, the home page, the feed and search.
 */
export function newsOn<T extends Dated>(items: T[], day: Date): { withPage: T[]; listed: T[] } {
  const withPage = items.filter((item) => item.data.date.getTime() <= day.getTime());
  return { withPage, listed: withPage.filter((item) => !hasEnded(item, day)) };
}

/** Whether an item's `expires` day has passed. */
export const hasEnded = (item: Dated, day: Date) =>
  item.data.expires !== undefined && item.data.expires.getTime() < day.getTime();

/** Every tag used by the given items, sorted, each once. */
export function allTags(items: { data: { tags: string[] } }[]): string[] {
  return [...new Set(items.flatMap((item) => item.data.tags))].sort();
}

/** Every page of every tag's list, newest first within a tag, like the main news list. */
export function tagPages<T extends { data: { tags: string[] } }>(
  items: T[],
): { tag: string; pagination: Pagination<T> }[] {
  return allTags(items).flatMap((tag) =>
    paginate(
      items.filter((item) => item.data.tags.includes(tag)),
      NEWS_PAGE_SIZE,
    ).map((pagination) => ({ tag, pagination })),
  );
}
