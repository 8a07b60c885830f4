/** News listing rules shared by the index, its numbered pages and the home page. */
import { paginate, type Pagination } from './routes';

export const NEWS_PAGE_SIZE = 10;

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
