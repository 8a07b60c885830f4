/**
 * What the CMS checks before it writes: an entry against its collection's schema
 * (`validate-entry.ts`), a new page's address against the site's (`reserved-pages.ts`), and the
 * content as it would be after the save or deletion against the rules across entries
 * (`cross-entry.ts`), again when a draft of the editorial workflow is published. A refusal
 * throws; Decap then shows "Entri gagal disimpan: …", "Gagal menerbitkan: …" or "Entri gagal
 * dihapus: …" with the reasons, and writes nothing. After login and after each change,
 * whatever in the content the build would refuse is listed (`content-problems.ts`).
 */
import type { z } from 'astro/zod';
import type { DecapCmsCore } from 'decap-cms-core';
import { collectionNames, plainSchema, type CollectionName } from '../model/collections';
import { afterLogin, backendReader, usesEditorialWorkflow } from './backend-reader';
import { contentProblems, renderContentProblems } from './content-problems';
import { currentFiles, fileText, newEntryPath, problemsAdded } from './cross-entry';
import { reservedTitleProblem } from './reserved-pages';
import type { DecapConfig } from './types';
import { entryProblems } from './validate-entry';
import { bodyProblems } from '../lib/body-rules';
import { FALLBACK_KEY, fileNameFallback } from './file-names';
import { markFields } from './field-marks';

/** The part of Decap's (Immutable.js) entry the guards read. */
interface DecapEntry {
  get(key: 'collection' | 'slug' | 'path'): string;
  get(key: 'newRecord'): boolean;
  get(key: 'data'): DecapData;
}

/** Decap's (Immutable.js) entry data, which a preSave handler returns changed. */
interface DecapData {
  toJS(): Record<string, unknown>;
  set(key: string, value: unknown): DecapData;
}

/** The collection of the content model an entry belongs to: a settings file's slug is its name. */
function modelCollection(entry: DecapEntry): CollectionName | undefined {
  const name = entry.get('collection') === 'settings' ? entry.get('slug') : entry.get('collection');
  return (collectionNames as readonly string[]).includes(name) ? (name as CollectionName) : undefined;
}

/** Where the entry is or will be written. */
function pathOf(config: DecapConfig, entry: DecapEntry, taken: string[]): string {
  if (entry.get('path')) return entry.get('path');
  const collection = config.collections.find((c) => c.name === entry.get('collection'));
  if (!collection || !('folder' in collection)) return '';
  const title = String(entry.get('data').toJS().title ?? '');
  return newEntryPath(collection.folder, collection.extension, title, taken);
}

/**
 * An error whose text is only the reasons: Decap puts the thrown value into "Entri gagal
 * disimpan: %{details}", which for a plain Error would read "Error: …" in English.
 */
class Refusal extends Error {
  override toString() {
    return this.message;
  }
}

/**
 * For a new entry whose title gives Decap no file name (Arabic script or emoji only), the data
 * with a fallback name for the template to use (file-names.ts); otherwise undefined, which
 * leaves the entry as it is.
 */
function newFileName(config: DecapConfig, entry: DecapEntry): DecapData | undefined {
  const collection = config.collections.find((c) => c.name === entry.get('collection'));
  if (!entry.get('newRecord') || !collection || !('folder' in collection)) return undefined;
  const fallback = fileNameFallback(
    collection.slug,
    entry.get('data').toJS(),
    collection.label_singular ?? collection.label,
    new Date(),
  );
  return fallback ? entry.get('data').set(FALLBACK_KEY, fallback) : undefined;
}

const refuse = (problems: string[]) => {
  if (problems.length === 0) return;
  markFields(problems);
  throw new Refusal(problems.join('; '));
};

export function registerSaveGuards(CMS: typeof DecapCmsCore, config: DecapConfig, reservedPages: string[]) {
  const schemas = new Map<CollectionName, z.ZodType>(collectionNames.map((name) => [name, plainSchema(name)]));
  const reader = backendReader();

  /** What the entry, written as it is now, would break across the published content. */
  async function problemsAcrossEntries(entry: DecapEntry, collection: CollectionName) {
    const files = await currentFiles(config, reader);
    const path = pathOf(
      config,
      entry,
      files.map((file) => file.path),
    );
    const text = fileText(config, entry.get('collection'), entry.get('data').toJS());
    return problemsAdded(config, files, { path, text }, collection);
  }

  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }: { entry: DecapEntry }) => {
      const collection = modelCollection(entry);
      if (!collection) return undefined;
      const data = entry.get('data').toJS();
      const problems = entryProblems(schemas.get(collection)!, data);
      problems.push(...bodyProblems(String(data.body ?? '')).map((message) => `Isi: ${message}`));
      // A new page's title becomes its address, which may already belong to the site.
      if (collection === 'pages' && entry.get('newRecord')) {
        const taken = reservedTitleProblem(String(data.title ?? ''), reservedPages);
        if (taken) problems.push(taken);
      }
      refuse(problems);
      refuse(await problemsAcrossEntries(entry, collection));
      return newFileName(config, entry);
    },
  });

  // With the editorial workflow a draft waits on its own branch while the published content
  // moves on (another draft may take the same booth code first), so publishing checks again.
  // Without it Decap announces every save as a publication too, already checked by preSave.
  CMS.registerEventListener({
    name: 'prePublish',
    handler: async ({ entry }: { entry: DecapEntry }) => {
      const collection = modelCollection(entry);
      if (collection && usesEditorialWorkflow()) refuse(await problemsAcrossEntries(entry, collection));
      return undefined;
    },
  });

  // Whatever is broken already, from any source, is listed after login and after every change.
  const listProblems = () =>
    void contentProblems(config, reader)
      .then(renderContentProblems)
      .catch(() => undefined);
  afterLogin(listProblems);
  for (const name of ['postSave', 'postUnpublish'] as const)
    CMS.registerEventListener({ name, handler: () => listProblems() });

  // Decap announces a deletion as "preUnpublish" before it removes the file.
  CMS.registerEventListener({
    name: 'preUnpublish',
    handler: async ({ entry }: { entry: DecapEntry }) => {
      const collection = modelCollection(entry);
      if (!collection || !entry.get('path')) return undefined;
      const files = await currentFiles(config, reader);
      const broken = problemsAdded(config, files, { path: entry.get('path'), deleted: true }, collection);
      if (broken.length > 0) refuse([`entri ini masih dipakai: ${broken.join('; ')}`]);
      return undefined;
    },
  });
}
