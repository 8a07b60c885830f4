/**
 * One formatter per collection, built from the collection's fields, under the format name the
 * configuration gives it. The admin registers them with Decap; the canonical-format script and
 * the tests pick them by file path.
 */
import { mdxFormat, mergeShapes, fieldShape, yamlFormat, type Formatter } from './content-format';
import type { DecapConfig } from './types';

export function formattersByName(config: Pick<DecapConfig, 'collections'>): Map<string, Formatter> {
  const formatters = new Map<string, Formatter>();
  for (const collection of config.collections) {
    if ('folder' in collection) formatters.set(collection.format, mdxFormat(fieldShape(collection.fields)));
    else formatters.set(collection.format, yamlFormat(mergeShapes(collection.files.map((f) => fieldShape(f.fields)))));
  }
  return formatters;
}

/** The formatter for a content file, by its path from the project root ("content/news/x.mdx"). */
export function formatterForFile(config: Pick<DecapConfig, 'collections'>, path: string): Formatter | undefined {
  const formatters = formattersByName(config);
  for (const collection of config.collections) {
    const owns =
      'folder' in collection
        ? path.startsWith(`${collection.folder}/`) && path.endsWith(`.${collection.extension}`)
        : collection.files.some((file) => file.file === path);
    if (owns) return formatters.get(collection.format);
  }
  return undefined;
}
