/** Reading content entries the way tests need them: ids of a collection and an entry's frontmatter. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

/** Ids of the entries of a content collection, from the files in content/<name>/. */
export function contentIds(root: string, collection: string): string[] {
  return readdirSync(join(root, 'content', collection))
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .map((name) => name.replace(/\.mdx$/, ''));
}

/** The frontmatter of content/<collection>/<id>.mdx; js-yaml 5 leaves dates as text. */
export function entryData<T>(root: string, collection: string, id: string): T {
  const text = readFileSync(join(root, 'content', collection, `${id}.mdx`), 'utf8');
  return load(text.split(/^---$/m)[1]) as T;
}

/** Whether an entry is a draft (drafts have no page in production). */
export const isDraft = (root: string, collection: string, id: string) =>
  entryData<{ draft?: boolean }>(root, collection, id).draft === true;
