/**
 * Every collection and every settings file has a preview in the CMS, and it speaks Indonesian.
 * Each content file is rendered with the template `registerPreviews` gives its collection (or,
 * for settings, its file), from the data Decap would hand over: the file read by the CMS's own
 * format, wrapped in Immutable.js as Decap wraps it. The preview must show the entry's title or
 * name, no field key as a word, and no English word outside what editors wrote; an empty form
 * must render too.
 *
 * Each is rendered twice: once server-side, as the preview first appears (what it loads from
 * other entries and the settings is not there yet), and once in a small DOM (linkedom) with its
 * effects run and `getCollection` answering from `content/`, as it looks a moment later.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fromJS, Map as ImmutableMap } from 'immutable';
import { parseHTML } from 'linkedom';
import { act, createElement, type ComponentType, type ReactElement } from 'react';
import type { CMS, PreviewTemplateComponentProps } from 'decap-cms-core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cmsConfig } from '../../src/cms/config';
import { formatterForFile } from '../../src/cms/formats';
import { registerPreviews } from '../../src/cms/previews';
import type { DecapCollection, DecapField } from '../../src/cms/types';
import { englishWords } from '../english-words';

// The DOM that react-dom finds when it loads, and the flag that lets `act` wait for its updates.
const dom = parseHTML('<!doctype html><html><body></body></html>');
Object.assign(globalThis, { window: dom.window, document: dom.document, IS_REACT_ACT_ENVIRONMENT: true });
// react-dom ships no types of its own, and only these functions are needed.
const require = createRequire(import.meta.url);
const { renderToStaticMarkup } = require('react-dom/server') as { renderToStaticMarkup: (element: unknown) => string };
const { createRoot } = require('react-dom/client') as {
  createRoot: (container: unknown) => { render: (element: ReactElement) => void; unmount: () => void };
};

const root = join(import.meta.dirname, '../..');
const config = cmsConfig({});

type Template = ComponentType<PreviewTemplateComponentProps>;
type Data = Record<string, unknown>;

/** What `registerPreviews` registers, captured by a stand-in for Decap's registry. */
function registeredTemplates(): Map<string, Template> {
  const templates = new Map<string, Template>();
  const cms = {
    registerPreviewTemplate: (name: string, template: Template) => templates.set(name, template),
    // In the admin the body goes through Decap's own Markdown preview; here a stand-in shows
    // the text as it is, which is all these checks need.
    getWidget: (name: string) =>
      name === 'markdown'
        ? { preview: ({ value }: { value: string }) => createElement('div', { 'data-markdown': '' }, value) }
        : undefined,
    resolveWidget: () => undefined,
    getRemarkPlugins: () => [],
  };
  registerPreviews(cms as unknown as CMS);
  return templates;
}

/** One form the CMS edits: a collection's entries, or one settings file. */
interface Form {
  /** The name Decap looks the preview template up by: the collection's, or the settings file's. */
  template: string;
  fields: DecapField[];
  collection: DecapCollection;
  /** Content files (paths from the project root) edited with this form. */
  files: string[];
}

const folderFiles = (collection: DecapCollection & { folder: string }) =>
  readdirSync(join(root, collection.folder))
    .filter((name) => name.endsWith(`.${collection.extension}`))
    .sort()
    .map((name) => `${collection.folder}/${name}`);

const forms: Form[] = config.collections.flatMap((collection): Form[] =>
  'folder' in collection
    ? [{ template: collection.name, fields: collection.fields, collection, files: folderFiles(collection) }]
    : collection.files.map((file) => ({ template: file.name, fields: file.fields, collection, files: [file.file] })),
);

/** The data of a content file as Decap holds it: read by the CMS's own format. */
function dataOf(path: string): Data {
  const formatter = formatterForFile(config, path);
  if (!formatter) throw new Error(`no CMS format for ${path}`);
  return formatter.fromFile(readFileSync(join(root, path), 'utf8'));
}

const slugOf = (path: string) => path.replace(/^.*\//, '').replace(/\.\w+$/, '');

/**
 * Decap's `getCollection` over `content/`: an entry by collection and slug (a settings file by
 * its name), or every entry of a collection. Decap answers with plain data inside an Immutable map.
 */
function getCollection(name: string, slug?: string) {
  const collection = config.collections.find((c) => c.name === name);
  if (!collection) return Promise.reject(new Error(`no collection ${name}`));
  const files = 'folder' in collection ? folderFiles(collection) : collection.files.map((file) => file.file);
  const slugs = 'folder' in collection ? files.map(slugOf) : collection.files.map((file) => file.name);
  const entry = (i: number) => ImmutableMap({ data: dataOf(files[i]), slug: slugs[i], path: files[i] });
  if (slug === undefined) return Promise.resolve(files.map((_, i) => entry(i)));
  const i = slugs.indexOf(slug);
  return i === -1 ? Promise.reject(new Error(`no entry ${name}/${slug}`)) : Promise.resolve(entry(i));
}

/** The props Decap's preview pane passes to a template, for the given data. */
function propsFor(form: Form, data: Data, slug: string, loads: boolean): PreviewTemplateComponentProps {
  return {
    entry: fromJS({ data, slug, path: form.files[0] ?? '' }),
    collection: fromJS(form.collection),
    fields: fromJS(form.fields),
    fieldsMetaData: ImmutableMap(),
    config: fromJS(config),
    getCollection: loads ? getCollection : () => new Promise(() => undefined),
    getAsset: (path: string) => ({ toString: () => path }),
    boundGetAsset: () => (path: string) => ({ toString: () => path }),
    widgetFor: () => null,
    widgetsFor: () => ImmutableMap(),
    isLoadingAsset: false,
  } as unknown as PreviewTemplateComponentProps;
}

/** The preview as it first appears. */
const renderFirst = (template: Template, props: PreviewTemplateComponentProps) =>
  renderToStaticMarkup(createElement(template, props));

/** The preview once what it loads has arrived: rendered in a DOM until it stops changing. */
async function renderLoaded(template: Template, props: PreviewTemplateComponentProps): Promise<string> {
  const container = dom.document.createElement('div');
  const reactRoot = createRoot(container);
  await act(async () => reactRoot.render(createElement(template, props)));
  let html = '';
  for (let round = 0; round < 10 && html !== container.innerHTML; round++) {
    html = container.innerHTML;
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  }
  act(() => reactRoot.unmount());
  return html;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", nbsp: ' ' };
const decode = (text: string) => text.replace(/&(#?\w+);/g, (match, name: string) => ENTITIES[name] ?? match);

/** The text a reader sees: tags, and the SVG titles and descriptions screen readers get, left out. */
const visibleText = (html: string) =>
  decode(
    html
      .replace(/<(title|desc)>[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' '),
  );

/** Every string inside a value: what editors wrote. */
const stringsOf = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsOf)
      : value && typeof value === 'object'
        ? Object.values(value).flatMap(stringsOf)
        : [];

/** Every string of every content file, longest first, as a pattern of whole words. */
const CONTENT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[
    ...new Set(
      forms
        .flatMap((form) => form.files.flatMap((file) => stringsOf(dataOf(file))))
        .map((value) => value.replace(/\s+/g, ' ').trim())
        .filter((value) => value.length > 0),
    ),
  ]
    .sort((a, b) => b.length - a.length)
    .map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/** The text with what editors wrote (in this entry or in one it shows) taken out: the interface's words. */
const interfaceText = (text: string) => text.replace(CONTENT, ' ');

/** The names of the fields, nested ones included: the keys that must never show as words. */
const keysOf = (fields: DecapField[]): string[] =>
  fields.flatMap((field) => [
    field.name,
    ...keysOf(field.fields ?? []),
    ...(field.field && field.field.name !== 'item' ? keysOf([field.field]) : []),
  ]);

function keysShown(text: string, fields: DecapField[]): string[] {
  const words = new Set(text.match(/[\p{L}\p{N}_-]+/gu) ?? []);
  return [...new Set(keysOf(fields))].filter((key) => words.has(key));
}

/** A value only the settings file's preview can have drawn, per settings file. */
const DISTINCTIVE: Record<string, (data: Data) => unknown> = {
  site: (data) => data.name,
  closures: (data) => (data.closures as { name: string }[])[0].name,
  categories: (data) => (data.services as { label: string }[])[0].label,
  floorplan: (data) => data.title,
};

/** What the preview must show of an entry: its title or name, or for settings a value of its own. */
const titleOf = (form: Form, data: Data) =>
  'folder' in form.collection ? data[form.collection.identifier_field ?? 'title'] : DISTINCTIVE[form.template]?.(data);

const templates = registeredTemplates();

describe('the CMS previews', () => {
  // React reports a missing key, a wrong attribute or a failed update as an error on the console.
  let consoleErrors: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    consoleErrors = vi.spyOn(console, 'error');
  });
  afterEach(() => {
    expect(consoleErrors).not.toHaveBeenCalled();
    consoleErrors.mockRestore();
  });

  it('cover every collection and every settings file', () => {
    expect(forms.length).toBeGreaterThan(15);
    const missing = forms.filter((form) => !templates.has(form.template)).map((form) => form.template);
    expect(missing, 'add a preview in src/cms/previews/ and register it in index.ts').toEqual([]);
  });

  describe.each(forms.map((form) => [form.template, form] as const))('%s', (_name, form) => {
    const template = templates.get(form.template) as Template;

    it('renders an empty form, with Indonesian labels only', async () => {
      for (const html of [
        renderFirst(template, propsFor(form, {}, '', false)),
        await renderLoaded(template, propsFor(form, {}, '', true)),
      ]) {
        const text = visibleText(html);
        expect(englishWords(text)).toEqual([]);
        expect(keysShown(text, form.fields)).toEqual([]);
      }
    });

    it.each(form.files.map((file) => [file]))('renders %s in Indonesian, with its title', async (file) => {
      const data = dataOf(file);
      const title = titleOf(form, data);
      expect(title, `no title or distinctive value known for ${form.template}`).toEqual(expect.any(String));
      for (const html of [
        renderFirst(template, propsFor(form, data, slugOf(file), false)),
        await renderLoaded(template, propsFor(form, data, slugOf(file), true)),
      ]) {
        const text = visibleText(html);
        expect(text).toContain(title);
        expect(englishWords(interfaceText(text))).toEqual([]);
        expect(keysShown(interfaceText(text), form.fields)).toEqual([]);
      }
    });
  });
});
