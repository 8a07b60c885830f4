/**
 * The CMS's collections, in the order and with the names of the content model's list
 * (`src/model/collections.ts`); the fields are derived from each schema (`derive-fields.ts`).
 */
import { collectionNames, isFolder, specOf } from '../model/collections';
import { deriveFields } from './derive-fields';
import { withFallback } from './file-names';
import type { DecapField, FileCollection, FolderCollection } from './types';

/** Format names registered with `CMS.registerCustomFormat` (see `admin.ts`). */
export const mdxFormatName = (collection: string) => `mpp-mdx-${collection}`;
export const SETTINGS_FORMAT = 'mpp-yaml-settings';

/** The body of every MDX entry: rich text, escaped on save so it always builds (see `mdx-escape.ts`). */
export const bodyField: DecapField = {
  name: 'body',
  label: 'Isi',
  widget: 'markdown',
  required: false,
  hint: 'Tulis seperti biasa. Tanda seperti < > { } * [ ] tampil apa adanya di situs.',
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: ['image', 'table'],
  modes: ['rich_text', 'raw'],
  sanitize_preview: true,
};

/** A template of a public path for Decap's "view live" link: "layanan/{{slug}}/". */
const previewPath = (page: (id: string) => string) => page('{{slug}}').replace(/^\//, '');

export function folderCollections(): FolderCollection[] {
  return collectionNames.flatMap((name) => {
    const spec = specOf(name);
    if (!isFolder(spec)) return [];
    return {
      name,
      ...spec.editor,
      slug: withFallback(spec.editor.slug),
      folder: `content/${spec.folder}`,
      extension: 'mdx',
      format: mdxFormatName(name),
      create: true,
      preview_path: previewPath(spec.page),
      fields: [...deriveFields(spec.schema()), ...(spec.body === false ? [] : [bodyField])],
    };
  });
}

export function settingsCollection(): FileCollection {
  return {
    name: 'settings',
    label: 'Pengaturan',
    description: 'Pengaturan situs. Berlaku untuk semua halaman setelah situs dibangun ulang.',
    extension: 'yml',
    format: SETTINGS_FORMAT,
    files: collectionNames.flatMap((name) => {
      const spec = specOf(name);
      if (isFolder(spec)) return [];
      return {
        name,
        ...spec.editor,
        file: `content/settings/${spec.settingsFile}`,
        fields: deriveFields(spec.schema()),
      };
    }),
  };
}
