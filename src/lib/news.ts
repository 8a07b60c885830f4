/** News listing rules shared by the index, its numbered pages and the home page. */
export const NEWS_PAGE_SIZE = 10;

/** Every tag used by the given items, sorted, each once. */
export function allTags(items: { data: { tags: string[] } }[]): string[] {
  return [...new Set(items.flatMap((item) => item.data.tags))].sort();
}
