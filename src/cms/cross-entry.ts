/**
 * Rules across entries, checked by the CMS before it saves or deletes anything: two booths with
 * one code, a category renamed while services still use the old code, an agency deleted while
 * its services name it. The rules are the build's own: `checkFiles` of
 * `src/lib/content-rules.ts`, which runs `content-integrity.ts`, here on the content files as
 * they would be after the save. Only what the save would add refuses it; a problem that was
 * already there (a file edited by hand) does not block unrelated work.
 */
import { collectionNames, plainSchema, type CollectionName } from '../model/collections';
import { checkFiles, type ContentFile } from '../lib/content-rules';
import { formattersByName } from './formats';
import { pageSlugFromTitle } from './reserved-pages';
import type { DecapConfig } from './types';
import { labelOf } from './validate-entry';

/** A file as the CMS backend returns it. */
interface StoredFile {
  path: string;
  text: string;
}

/** What the check needs from the backend: the files of a folder, and one file by its path. */
export interface ContentReader {
  folder(folder: string, extension: string): Promise<StoredFile[]>;
  file(path: string): Promise<StoredFile | undefined>;
}

/** The change about to be written: a file's new text, or its removal. */
export type Change = { path: string; text: string } | { path: string; deleted: true };

const isCollection = (name: string): name is CollectionName => (collectionNames as readonly string[]).includes(name);

/** Every content file the site loads, read through the CMS backend, by model collection. */
export async function currentFiles(config: DecapConfig, reader: ContentReader): Promise<ContentFile[]> {
  const lists = config.collections.map(async (collection): Promise<ContentFile[]> => {
    if ('folder' in collection) {
      if (!isCollection(collection.name)) return [];
      const name = collection.name;
      const files = await reader.folder(collection.folder, collection.extension);
      // The loaders skip files named `_…`, and so does the build's check.
      return files
        .filter((file) => !/(^|\/)[_.][^/]*$/.test(file.path))
        .map((file) => ({ collection: name, path: file.path, text: file.text }));
    }
    const files = await Promise.all(
      collection.files.map(async (settings) => {
        const file = isCollection(settings.name) ? await reader.file(settings.file) : undefined;
        return file && isCollection(settings.name) ? [{ collection: settings.name, ...file }] : [];
      }),
    );
    return files.flat();
  });
  return (await Promise.all(lists)).flat().sort((a, b) => a.path.localeCompare(b.path));
}

/** The path a new entry will get: Decap names it from the title and never overwrites a file. */
export function newEntryPath(folder: string, extension: string, title: string, taken: string[]): string {
  const slug = pageSlugFromTitle(title) || 'entri-baru';
  let path = `${folder}/${slug}.${extension}`;
  for (let n = 1; taken.includes(path); n++) path = `${folder}/${slug}-${n}.${extension}`;
  return path;
}

/** The text Decap will write for an entry's data, with the same formatter. */
export function fileText(config: DecapConfig, collectionName: string, data: Record<string, unknown>): string {
  const collection = config.collections.find((c) => c.name === collectionName);
  const formatter = collection && formattersByName(config).get(collection.format);
  if (!formatter) throw new Error(`Koleksi "${collectionName}" tidak punya format berkas`);
  return formatter.toFile(data);
}

/** The content after the change. */
function applied(files: ContentFile[], change: Change, collection: CollectionName): ContentFile[] {
  const others = files.filter((file) => file.path !== change.path);
  return 'deleted' in change ? others : [...others, { collection, path: change.path, text: change.text }];
}

/** `steps[1].service` as the path `["steps", 1, "service"]`. */
const pathOf = (field: string): (string | number)[] =>
  [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) => (index === undefined ? key : Number(index)));

/** "Kategori: kategori … tidak ada" for a line `content/x.mdx: field "category": kategori … tidak ada`. */
export function described(problem: string, files: ContentFile[]): { path: string; text: string } {
  const match = /^(.+?): field "([^"]+)": (.*)$/.exec(problem);
  if (!match) return { path: problem.split(': ')[0], text: problem };
  const [, path, field, message] = match;
  const collection = files.find((file) => file.path === path)?.collection;
  const label = collection ? labelOf(plainSchema(collection), pathOf(field)) : field;
  return { path, text: `${label}: ${message}` };
}

/** The CMS address that opens the entry stored at `path`, or undefined for a file it does not edit. */
export function entryAddress(config: DecapConfig, path: string): string | undefined {
  for (const collection of config.collections) {
    if ('folder' in collection && path.startsWith(`${collection.folder}/`))
      return `#/collections/${collection.name}/entries/${path.slice(collection.folder.length + 1).replace(/\.[^.]+$/, '')}`;
    if ('files' in collection) {
      const settings = collection.files.find((file) => file.file === path);
      if (settings) return `#/collections/${collection.name}/entries/${settings.name}`;
    }
  }
  return undefined;
}

/** "Layanan "akta-kelahiran"" for a file path, in the words of the CMS's own list. */
export function entryName(config: DecapConfig, path: string): string {
  for (const collection of config.collections) {
    if ('folder' in collection && path.startsWith(`${collection.folder}/`))
      return `${collection.label_singular ?? collection.label} "${path.slice(collection.folder.length + 1).replace(/\.[^.]+$/, '')}"`;
    if ('files' in collection) {
      const settings = collection.files.find((file) => file.file === path);
      if (settings) return `${collection.label} › ${settings.label}`;
    }
  }
  return path;
}

/**
 * What the change would break across entries, in the words the CMS shows: the changed entry's
 * own problems as "Kolom: pesan", other entries' as "Layanan "x" jadi bermasalah (Kolom:
 * pesan)". A clash is reported on both entries (content-integrity.ts); when the changed entry
 * names it, the other side is left out. Empty when the change adds no problem.
 */
export function problemsAdded(
  config: DecapConfig,
  files: ContentFile[],
  change: Change,
  collection: CollectionName,
): string[] {
  const options = { acrossBrokenFiles: true };
  const before = new Set(checkFiles(files, options));
  const after = applied(files, change, collection);
  const added = checkFiles(after, options)
    .filter((problem) => !before.has(problem))
    .map((problem) => described(problem, after));
  const own = added.filter((problem) => problem.path === change.path).map((problem) => problem.text);
  const id = `"${change.path.replace(/^.*\//, '').replace(/\.[^.]+$/, '')}"`;
  const others = added
    .filter((problem) => problem.path !== change.path && !(own.length > 0 && problem.text.includes(id)))
    .map((problem) => `${entryName(config, problem.path)} jadi bermasalah (${problem.text})`);
  return [...own, ...others];
}
