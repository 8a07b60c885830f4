/**
 * The content rules of `content-rules.ts` run on the project's own files: every file in
 * content/ the build would load (`content/<folder>/**\/[^_]*.mdx`, `content/settings/<file>.yml`),
 * plus the rules about the files themselves (`content-files.ts`). Only what needs Astro itself
 * is left to the build: the syntax of an MDX body and whether an image file exists.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { collectionNames, isFolder, plainSchema, specOf, type CollectionName } from '../model/collections';
import type { IntegrityEntry } from './content-integrity';
import { fileProblems } from './content-files';
import { bodyOf, checkFiles, parseFile, type ContentFile, type PlainData } from './content-rules';

export type { ContentFile } from './content-rules';

/** Every content file the build would load, collection by collection, in a stable order. */
export function readContentFiles(root: string): ContentFile[] {
  return collectionNames.flatMap((collection) => {
    const spec = specOf(collection);
    if (!isFolder(spec)) {
      const path = `content/settings/${spec.settingsFile}`;
      return existsSync(join(root, path)) ? [{ collection, path, text: readFileSync(join(root, path), 'utf8') }] : [];
    }
    const dir = join(root, 'content', spec.folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .map((name) => name.split('\\').join('/'))
      .filter((name) => name.endsWith('.mdx') && !/^[_.]/.test(basename(name)))
      .sort()
      .map((name) => {
        const path = `content/${spec.folder}/${name}`;
        return { collection, path, text: readFileSync(join(root, path), 'utf8') };
      });
  });
}

/** Every problem in the content of the project at `root`; empty when the build would accept it. */
export function checkContent(root: string, options: { production?: boolean } = {}): string[] {
  return [...fileProblems(root), ...checkFiles(readContentFiles(root), options)];
}

/** An entry read from content/ for tools outside the build: its schema's data and its body. */
export interface ReadEntry<N extends CollectionName> extends IntegrityEntry<PlainData<N>> {
  /** The text after the frontmatter (empty for settings files). */
  body: string;
}

/**
 * The entries of one collection that pass their schema, read as the build reads them (files
 * with problems are left out; `checkContent` names those). For reports, not for the build.
 */
export function readEntries<N extends CollectionName>(root: string, collection: N): ReadEntry<N>[] {
  const schema = plainSchema(collection);
  return readContentFiles(root)
    .filter((file) => file.collection === collection)
    .flatMap((file) => {
      const { entry } = parseFile(file, schema);
      if (!entry) return [];
      const body = file.path.endsWith('.mdx') ? bodyOf(file.text) : '';
      return [{ ...(entry as IntegrityEntry<PlainData<N>>), body }];
    });
}
