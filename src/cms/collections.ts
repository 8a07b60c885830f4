/**
 * The CMS's collections: the fields come from the content model (`derive-fields.ts`); what the
 * content model does not say — the Indonesian name of each collection, how new files are named,
 * what the entry list shows, where the public page is — is set here.
 */
import { paths } from '../lib/routes';
import { folderSchemas, settingsSchemas, type FolderCollectionName, type SettingsFileName } from './cms-schemas';
import { deriveFields } from './derive-fields';
import type { DecapField, FileCollection, FolderCollection } from './types';

/** Format names registered with `CMS.registerCustomFormat` (see `admin.ts`). */
export const mdxFormatName = (collection: string) => `mpp-mdx-${collection}`;
export const SETTINGS_FORMAT = 'mpp-yaml-settings';

type FolderSettings = Pick<
  FolderCollection,
  'label' | 'label_singular' | 'description' | 'identifier_field' | 'slug' | 'summary' | 'sortable_fields'
> & { page?: (id: string) => string };

const FOLDERS: Record<FolderCollectionName, FolderSettings> = {
  news: {
    label: 'Berita',
    label_singular: 'Berita',
    description: 'Kabar dan pengumuman MPP. Berita terbit di /berita/ dan masuk hasil pencarian.',
    identifier_field: 'title',
    slug: '{{title}}',
    summary: '{{title}}',
    sortable_fields: [{ field: 'date', default_sort: 'desc' }, 'title'],
    page: paths.newsItem,
  },
  campaigns: {
    label: 'Kampanye',
    label_singular: 'Kampanye',
    description: 'Sosialisasi layanan. Kampanye tampil di situs hanya antara tanggal mulai dan akhir tayang.',
    identifier_field: 'title',
    slug: '{{title}}',
    summary: '{{title}}',
    sortable_fields: [{ field: 'start', default_sort: 'desc' }, 'title'],
    page: paths.campaign,
  },
  services: {
    label: 'Layanan',
    label_singular: 'Layanan',
    description:
      'Panduan layanan menurut Standar Pelayanan: persyaratan, prosedur, waktu, biaya, produk, dan pengaduan.',
    identifier_field: 'title',
    slug: '{{title}}',
    summary: '{{title}}',
    sortable_fields: [{ field: 'title', default_sort: 'asc' }, 'lastReviewed'],
    page: paths.service,
  },
  agencies: {
    label: 'Instansi',
    label_singular: 'Instansi',
    description: 'Instansi yang membuka loket di MPP.',
    identifier_field: 'name',
    slug: '{{shortName}}',
    summary: '{{name}}',
    sortable_fields: [{ field: 'order', default_sort: 'asc' }, 'name'],
    page: paths.agency,
  },
  journeys: {
    label: 'Peristiwa hidup',
    label_singular: 'Peristiwa',
    description: 'Urusan lintas instansi, langkah demi langkah (misalnya kelahiran anak atau memulai usaha).',
    identifier_field: 'title',
    slug: '{{title}}',
    summary: '{{title}}',
    page: paths.journey,
  },
  booths: {
    label: 'Gerai UMKM',
    label_singular: 'Gerai',
    description: 'Gerai usaha mikro, kecil, dan menengah yang menempati MPP secara bergiliran.',
    identifier_field: 'business',
    slug: '{{code}}-{{business}}',
    summary: '{{code}} · {{business}}',
    sortable_fields: [{ field: 'code', default_sort: 'asc' }, 'business'],
    page: paths.booth,
  },
  pages: {
    label: 'Halaman',
    label_singular: 'Halaman',
    description: 'Halaman tetap: tentang MPP, kunjungan, maklumat pelayanan, pengaduan, dan tanya jawab.',
    identifier_field: 'title',
    slug: '{{title}}',
    summary: '{{title}}',
    page: paths.page,
  },
};

const SETTINGS: Record<SettingsFileName, { label: string; description: string }> = {
  site: {
    label: 'Identitas, alamat, dan jam layanan',
    description:
      'Nama MPP, alamat, jam layanan, sistem shift, masa uji coba, pengumuman, kontak, dan saluran pengaduan.',
  },
  closures: {
    label: 'Hari libur dan penutupan',
    description: 'Hari libur nasional, cuti bersama, penutupan MPP, dan jam layanan khusus.',
  },
  categories: { label: 'Kategori', description: 'Kategori layanan dan kategori gerai UMKM.' },
  floorplan: {
    label: 'Denah',
    description: 'Denah aula: letak loket, gerai UMKM, pintu masuk, dan fasilitas, dalam meter.',
  },
};

/** The body of every MDX entry: rich text, escaped on save so it always builds (see `mdx-escape.ts`). */
export const bodyField: DecapField = {
  name: 'body',
  label: 'Isi',
  widget: 'markdown',
  required: false,
  hint: 'Tulis seperti biasa. Tanda seperti < > { } * [ ] tampil apa adanya di situs.',
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: ['image'],
  modes: ['rich_text', 'raw'],
  sanitize_preview: true,
};

/** A template of a public path for Decap's "view live" link: "layanan/{{slug}}/". */
const previewPath = (page: (id: string) => string) => page('{{slug}}').replace(/^\//, '');

export function folderCollections(): FolderCollection[] {
  return (Object.keys(FOLDERS) as FolderCollectionName[]).map((name) => {
    const { page, ...settings } = FOLDERS[name];
    return {
      name,
      ...settings,
      folder: `content/${name}`,
      extension: 'mdx',
      format: mdxFormatName(name),
      create: true,
      ...(page ? { preview_path: previewPath(page) } : {}),
      fields: [...deriveFields(folderSchemas[name]), bodyField],
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
    files: (Object.keys(SETTINGS) as SettingsFileName[]).map((name) => ({
      name,
      ...SETTINGS[name],
      file: `content/settings/${name}.yml`,
      fields: deriveFields(settingsSchemas[name]),
    })),
  };
}
