/**
 * The one list of collections. Each entry says where its files live, its schema, how the CMS
 * names and lists it, and the public page of an entry. `src/content.config.ts` turns it into
 * Astro collections, `src/cms/collections.ts` into Decap collections, and the tests read it to
 * know what exists; a new kind of content is added here and nowhere else.
 *
 * The schemas need Astro's `image()` and `reference()`, which exist only inside Astro's build,
 * so the list is built from helpers: the site passes Astro's, everyone else `plainHelpers`.
 * Each `schema` is a function so that a page build constructs only the schema it needs.
 */
import { z } from 'astro/zod';
import type { FolderCollection } from '../cms/types';
import { paths } from '../lib/routes';
import { agencySchema } from './agencies';
import { boothSchema } from './booths';
import { campaignSchema } from './campaigns';
import { categoriesSchema } from './categories';
import { closuresSchema } from './closures';
import { complaintReportSchema } from './complaint-reports';
import { facilitySchema } from './facilities';
import { floorplanSchema } from './floorplan';
import { journeySchema } from './journeys';
import { maklumatSchema } from './maklumat';
import { newsSchema } from './news';
import { noticeSchema } from './notices';
import { outreachSchema } from './outreach';
import { pageSchema } from './pages';
import type { AgencyRef, ImageHelper, ServiceRef } from './parts';
import { serviceSchema } from './services';
import { siteSchema } from './site';
import { skmSchema } from './skm';

/** How the CMS names and lists a collection of MDX files (Decap's own option names). */
export type FolderEditor = Pick<
  FolderCollection,
  'label' | 'label_singular' | 'description' | 'identifier_field' | 'slug' | 'summary' | 'sortable_fields'
>;

/** A collection of MDX entries, one file each in `content/<folder>/`. */
interface FolderSpec {
  folder: string;
  schema: () => z.ZodType;
  editor: FolderEditor;
  /** The public URL of an entry. */
  page: (id: string) => string;
  /** False when the site shows no text under the frontmatter, so the CMS offers no "Isi". */
  body?: false;
}

/** A settings collection: one YAML file in `content/settings/`, edited as one form. */
interface SettingsSpec {
  settingsFile: string;
  schema: () => z.ZodType;
  editor: { label: string; description: string };
}

export type CollectionSpec = FolderSpec | SettingsSpec;

export const isFolder = (spec: CollectionSpec): spec is FolderSpec => 'folder' in spec;

type Helpers<I extends z.ZodType, A extends z.ZodType, S extends z.ZodType> = ImageHelper<I> &
  AgencyRef<A> &
  ServiceRef<S>;

/** Every collection of the content model, built with the given image and reference helpers. */
export function defineModel<I extends z.ZodType, A extends z.ZodType, S extends z.ZodType>(helpers: Helpers<I, A, S>) {
  return {
    news: {
      folder: 'news',
      schema: () => newsSchema(helpers),
      page: paths.newsItem,
      editor: {
        label: 'Berita',
        label_singular: 'Berita',
        description: 'Kabar dan pengumuman MPP. Berita terbit di /berita/ dan masuk hasil pencarian.',
        identifier_field: 'title',
        slug: '{{title}}',
        summary: '{{title}}',
        sortable_fields: [{ field: 'date', default_sort: 'desc' }, 'title'],
      },
    },
    notices: {
      folder: 'notices',
      body: false,
      schema: () => noticeSchema(helpers),
      page: paths.notice,
      editor: {
        label: 'Status layanan',
        label_singular: 'Pemberitahuan status layanan',
        description:
          'Blangko habis, gangguan sistem, loket tutup, pindah lokasi: tampil di panduan layanan dan halaman instansi yang terdampak, di beranda, dan di hasil pencarian, dari tanggal mulai sampai tanggal berakhir. Situs dibangun ulang setiap hari dan setiap kali ada yang disimpan.',
        identifier_field: 'message',
        slug: '{{year}}-{{month}}-{{day}}-{{hour}}{{minute}}-{{kind}}',
        summary: '{{kind}}: {{message}}',
        sortable_fields: [{ field: 'start', default_sort: 'desc' }, 'kind'],
      },
    },
    campaigns: {
      folder: 'campaigns',
      schema: () => campaignSchema(helpers),
      page: paths.campaign,
      editor: {
        label: 'Kampanye',
        label_singular: 'Kampanye',
        description: 'Sosialisasi layanan. Kampanye tampil di situs hanya antara tanggal mulai dan akhir tayang.',
        identifier_field: 'title',
        slug: '{{title}}',
        summary: '{{title}}',
        sortable_fields: [{ field: 'start', default_sort: 'desc' }, 'title'],
      },
    },
    outreach: {
      folder: 'outreach',
      schema: () => outreachSchema(helpers),
      page: paths.outreachDay,
      editor: {
        label: 'MPP keliling',
        label_singular: 'Jadwal MPP keliling',
        description:
          'Jadwal layanan jemput bola di kecamatan atau desa: tanggal, jam, tempat, dan layanan yang dibuka. Tampil di /keliling/ dengan poster dan teks WhatsApp, dan di kalender kegiatan.',
        identifier_field: 'title',
        slug: '{{year}}-{{month}}-{{day}}-{{title}}',
        summary: '{{date}} · {{title}}',
        sortable_fields: [{ field: 'date', default_sort: 'desc' }, 'title'],
      },
    },
    services: {
      folder: 'services',
      schema: () => serviceSchema(helpers),
      page: paths.service,
      editor: {
        label: 'Layanan',
        label_singular: 'Layanan',
        description:
          'Panduan layanan menurut Standar Pelayanan: persyaratan, prosedur, waktu, biaya, produk, dan pengaduan.',
        identifier_field: 'title',
        slug: '{{title}}',
        summary: '{{title}}',
        sortable_fields: [{ field: 'title', default_sort: 'asc' }, 'lastReviewed'],
      },
    },
    agencies: {
      folder: 'agencies',
      schema: () => agencySchema(helpers),
      page: paths.agency,
      editor: {
        label: 'Instansi',
        label_singular: 'Instansi',
        description: 'Instansi yang membuka loket di MPP.',
        identifier_field: 'name',
        slug: '{{shortName}}',
        summary: '{{name}}',
        sortable_fields: [{ field: 'order', default_sort: 'asc' }, 'name'],
      },
    },
    journeys: {
      folder: 'journeys',
      schema: () => journeySchema(helpers),
      page: paths.journey,
      editor: {
        label: 'Peristiwa hidup',
        label_singular: 'Peristiwa',
        description: 'Urusan lintas instansi, langkah demi langkah (misalnya kelahiran anak atau memulai usaha).',
        identifier_field: 'title',
        slug: '{{title}}',
        summary: '{{title}}',
      },
    },
    booths: {
      folder: 'booths',
      schema: () => boothSchema(helpers),
      page: paths.booth,
      editor: {
        label: 'Gerai UMKM',
        label_singular: 'Gerai',
        description: 'Gerai usaha mikro, kecil, dan menengah yang menempati MPP secara bergiliran.',
        identifier_field: 'business',
        slug: '{{code}}-{{business}}',
        summary: '{{code}} · {{business}}',
        sortable_fields: [{ field: 'code', default_sort: 'asc' }, 'business'],
      },
    },
    pages: {
      folder: 'pages',
      schema: () => pageSchema(),
      page: paths.page,
      editor: {
        label: 'Halaman',
        label_singular: 'Halaman',
        description: 'Halaman tetap: tentang MPP, kunjungan, maklumat pelayanan, pengaduan, dan tanya jawab.',
        identifier_field: 'title',
        slug: '{{title}}',
        summary: '{{title}}',
      },
    },
    maklumat: {
      folder: 'maklumat',
      schema: () => maklumatSchema(helpers),
      page: paths.maklumat,
      editor: {
        label: 'Maklumat pelayanan',
        label_singular: 'Maklumat',
        description:
          'Maklumat pelayanan MPP dan instansi, ditulis sebagai teks. Isi maklumat diketik di kolom Isi, bukan diunggah sebagai foto.',
        identifier_field: 'title',
        slug: '{{title}}',
        summary: '{{title}}',
        sortable_fields: [{ field: 'order', default_sort: 'asc' }, 'title'],
      },
    },
    skm: {
      folder: 'skm',
      schema: () => skmSchema(helpers),
      page: paths.satisfaction,
      editor: {
        label: 'Hasil survei kepuasan (SKM)',
        label_singular: 'Hasil SKM',
        description:
          'Hasil Survei Kepuasan Masyarakat per periode: nilai IKM setiap unit layanan dan tindak lanjut atas unsur terendah.',
        identifier_field: 'title',
        slug: '{{title}}',
        summary: '{{title}}',
        sortable_fields: [{ field: 'start', default_sort: 'desc' }, 'title'],
      },
    },
    complaintReports: {
      folder: 'complaint-reports',
      body: false,
      schema: () => complaintReportSchema(),
      page: paths.complaintReports,
      editor: {
        label: 'Rekap pengaduan',
        label_singular: 'Rekap pengaduan',
        description:
          'Rekap pengaduan per periode: jumlah diterima dan selesai, median waktu tanggapan, dan salurannya.',
        identifier_field: 'title',
        slug: '{{title}}',
        summary: '{{title}}',
        sortable_fields: [{ field: 'start', default_sort: 'desc' }, 'title'],
      },
    },
    facilities: {
      folder: 'facilities',
      body: false,
      schema: () => facilitySchema(),
      page: paths.facilities,
      editor: {
        label: 'Fasilitas kelompok rentan',
        label_singular: 'Fasilitas',
        description:
          'Fasilitas bagi penyandang disabilitas, lanjut usia, ibu hamil dan menyusui, serta anak. Fasilitas yang punya petak denah ditandai pada denah.',
        identifier_field: 'name',
        slug: '{{name}}',
        summary: '{{name}}',
        sortable_fields: [{ field: 'order', default_sort: 'asc' }, 'name'],
      },
    },
    site: {
      settingsFile: 'site.yml',
      schema: () => siteSchema(helpers),
      editor: {
        label: 'Identitas, alamat, dan jam layanan',
        description:
          'Nama MPP, alamat, jam layanan, sistem shift, masa uji coba, pengumuman, kontak, dan saluran pengaduan.',
      },
    },
    closures: {
      settingsFile: 'closures.yml',
      schema: () => closuresSchema(),
      editor: {
        label: 'Hari libur dan penutupan',
        description: 'Hari libur nasional, cuti bersama, penutupan MPP, dan jam layanan khusus.',
      },
    },
    categories: {
      settingsFile: 'categories.yml',
      schema: () => categoriesSchema(),
      editor: { label: 'Kategori', description: 'Kategori layanan dan kategori gerai UMKM.' },
    },
    floorplan: {
      settingsFile: 'floorplan.yml',
      schema: () => floorplanSchema,
      editor: {
        label: 'Denah',
        description: 'Denah aula: letak loket, gerai UMKM, pintu masuk, dan fasilitas, dalam meter.',
      },
    },
  } satisfies Record<string, CollectionSpec>;
}

/**
 * Stand-ins for Astro's helpers, for the CMS and the tests: the same places in the schema, plain
 * strings in the file. An image is a path marked `kind: 'image'`, a reference an entry id marked
 * with the collection it points at; `content-integrity.ts` checks that the entry exists.
 */
export const plainHelpers = {
  image: () => z.string().min(1).meta({ kind: 'image' }),
  agency: () => z.string().min(1).meta({ references: 'agencies' }),
  service: () => z.string().min(1).meta({ references: 'services' }),
};

/** The content model with plain-string images and references: what the CMS edits and checks. */
export const model = defineModel(plainHelpers);

export type CollectionName = keyof typeof model;
export const collectionNames = Object.keys(model) as CollectionName[];

/** A collection's entry of the list, as the general shape that `isFolder` tells apart. */
export const specOf = (name: CollectionName): CollectionSpec => model[name];

/** The schema of a collection as the CMS and the tests read files (plain strings for images). */
export function plainSchema(name: CollectionName): z.ZodType {
  return model[name].schema();
}
