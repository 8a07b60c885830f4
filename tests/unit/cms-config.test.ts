/**
 * One source of truth: the CMS must edit exactly what the site builds. This walks every
 * collection Astro builds from src/content.config.ts (Astro's modules replaced by stand-ins) and every
 * field, and compares it, through Zod's JSON Schema, with the configuration the admin page
 * embeds. It also shows the comparison failing when a field exists on one side only.
 */
import { describe, expect, it, vi } from 'vitest';
import { z } from 'astro/zod';
import { cmsConfig } from '../../src/cms/config';
import { bodyField } from '../../src/cms/collections';
import { isFolder, plainHelpers, specOf, type CollectionName } from '../../src/model/collections';
import { drift } from '../../src/cms/drift';
import type { DecapField, FileCollection, FolderCollection } from '../../src/cms/types';

// content.config.ts imports Astro's runtime modules; here a reference is a marked string (as in
// the CMS) and a loader only records where it reads from.
vi.mock('astro:content', () => ({
  defineCollection: (collection: unknown) => collection,
  reference: (collection: string) => z.string().min(1).meta({ references: collection }),
}));
vi.mock('astro/loaders', () => ({
  glob: (options: { base: string; pattern: string }) => ({ name: 'glob', ...options }),
}));

const { collections } = await import('../../src/content.config');

interface SiteCollection {
  loader: { base: string; pattern: string };
  schema: z.ZodType | ((context: { image: () => z.ZodType }) => z.ZodType);
}
const site = collections as unknown as Record<string, SiteCollection>;
const schemaOf = (name: string) => {
  const { schema } = site[name];
  return typeof schema === 'function' ? schema({ image: plainHelpers.image }) : schema;
};

const config = cmsConfig({});
const folders = config.collections.filter((c): c is FolderCollection => 'folder' in c);
const settings = config.collections.find((c): c is FileCollection => 'files' in c);
const settingsFiles = settings?.files ?? [];

/** Every field, nested ones included. */
function allFields(fields: DecapField[]): DecapField[] {
  return fields.flatMap((f) => [f, ...allFields(f.fields ?? []), ...(f.field ? allFields([f.field]) : [])]);
}

describe('the CMS configuration derived from the content model', () => {
  it('lets a status notice be posted quickly: at most five fields to fill, the dates in Indonesian', () => {
    const notices = folders.find((c) => c.name === 'notices');
    const fields = (notices?.fields ?? []).filter((f) => f.name !== 'body');
    const required = fields.filter((f) => f.required !== false).map((f) => f.name);
    expect(required).toEqual(['kind', 'message', 'start']);
    // Plus one of services or agencies, which the schema requires together (checked before saving).
    expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(['services', 'agencies', 'end', 'instead']));
    expect(fields.find((f) => f.name === 'start')?.label).toBe('Berlaku mulai');
    expect(fields.find((f) => f.name === 'end')?.label).toBe('Berlaku sampai');
  });

  it('has one CMS collection or settings file for every collection of the site, and no other', () => {
    const cms = [...folders.map((c) => c.name), ...settingsFiles.map((f) => f.name)].sort();
    expect(cms).toEqual(Object.keys(site).sort());
  });

  it('edits the files each collection is loaded from', () => {
    for (const folder of folders) {
      expect(site[folder.name].loader.base).toBe(`./${folder.folder}`);
      expect(site[folder.name].loader.pattern).toMatch(new RegExp(`\\.${folder.extension}$`));
    }
    for (const file of settingsFiles) {
      const { base, pattern } = site[file.name].loader;
      expect(`${base.replace(/^\.\//, '')}/${pattern}`).toBe(file.file);
    }
  });

  it.each(folders.map((c) => [c.name, c] as const))(
    '%s: no field drifts between schema and CMS',
    (name, collection) => {
      // "Isi" comes last, and only where the site shows an entry's body.
      const spec = specOf(name as CollectionName);
      const hasBody = isFolder(spec) && spec.body !== false;
      expect(collection.fields.filter((field) => field.name === 'body')).toEqual(hasBody ? [bodyField] : []);
      const fields = hasBody ? collection.fields.slice(0, -1) : collection.fields;
      expect(drift(name, schemaOf(name), fields)).toEqual([]);
    },
  );

  it.each(settingsFiles.map((f) => [f.name, f] as const))('settings %s: no field drifts', (name, file) => {
    expect(drift(name, schemaOf(name), file.fields)).toEqual([]);
  });

  it('labels every field in Indonesian, not with its key', () => {
    const fields = config.collections.flatMap((c) =>
      allFields('files' in c ? c.files.flatMap((f) => f.fields) : c.fields),
    );
    const unlabelled = fields.filter((f) => f.name !== 'item' && f.label === f.name).map((f) => f.name);
    expect(unlabelled).toEqual([]);
    expect(fields.length).toBeGreaterThan(150);
  });

  it('points every relation at a collection the CMS has, searching fields that exist', () => {
    const relations = config.collections.flatMap((c) =>
      allFields('files' in c ? c.files.flatMap((f) => f.fields) : c.fields).filter((f) => f.widget === 'relation'),
    );
    expect(relations.length).toBeGreaterThanOrEqual(6);
    for (const relation of relations) {
      const target = config.collections.find((c) => c.name === relation.collection);
      expect(target, relation.name).toBeDefined();
      const fields =
        target && 'files' in target ? target.files.find((f) => f.name === relation.file)?.fields : target?.fields;
      const names = new Set(allFields(fields ?? []).map((f) => f.name));
      for (const search of relation.search_fields ?? []) {
        const parts = search.split('.').filter((part) => part !== '*');
        expect(
          parts.every((part) => names.has(part)),
          `${relation.name} searches ${search}`,
        ).toBe(true);
      }
    }
  });

  it('saves images into content/uploads and refers to them relative to the entry', () => {
    expect(config.media_folder).toBe('content/uploads');
    expect(config.public_folder).toBe('../uploads');
    const images = folders.flatMap((c) => allFields(c.fields)).filter((f) => f.widget === 'image');
    expect(images.length).toBe(4);
    // Every image sits in an object with its required alternative text.
    for (const collection of folders)
      for (const field of allFields(collection.fields).filter((f) => f.fields?.some((sub) => sub.widget === 'image')))
        expect(field.fields?.map((f) => f.name)).toEqual(['src', 'alt']);
  });
});

describe('drift detection', () => {
  const news = folders.find((c) => c.name === 'news');
  const newsFields = news?.fields.slice(0, -1) ?? [];
  const newsSchema = schemaOf('news') as z.ZodObject;

  it('reports a field added to the content model only', () => {
    const extended = newsSchema.extend({ subtitle: z.string().meta({ title: 'Subjudul' }).describe('Anak judul') });
    expect(drift('news', extended, newsFields)).toEqual(['news.subtitle: in the content model but not in the CMS']);
  });

  it('reports a field added to the CMS only', () => {
    const extra: DecapField = { name: 'author', label: 'Penulis', widget: 'string', required: false };
    expect(drift('news', newsSchema, [...newsFields, extra])).toEqual([
      'news.author: in the CMS but not in the content model',
    ]);
  });

  it('reports a changed label, required flag, option list and length limit', () => {
    const changed = newsFields.map((field): DecapField => {
      if (field.name === 'title') return { ...field, label: 'Title', pattern: undefined };
      if (field.name === 'summary') return { ...field, required: false };
      return field;
    });
    expect(drift('news', newsSchema, changed)).toEqual([
      'news.title: label is "Judul" in the content model, "Title" in the CMS',
      'news.title: the CMS pattern does not check a length of 5 to any',
      'news.summary: required is true in the content model, false in the CMS',
    ]);
    const services = folders.find((c) => c.name === 'services');
    const renamedOption = (services?.fields ?? []).map((field) =>
      field.name === 'delivery' ? { ...field, options: field.options?.slice(1) } : field,
    );
    expect(drift('services', schemaOf('services'), renamedOption.slice(0, -1))).toEqual([
      'services.delivery: options is ["datang-langsung","daftar-daring","keduanya"] in the content model, ["daftar-daring","keduanya"] in the CMS',
    ]);
  });
});
