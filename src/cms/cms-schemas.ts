/**
 * The content model's schemas as the CMS sees them. Astro's `image()` and `reference()` only
 * exist inside Astro's build, so the CMS builds the same schemas with stand-ins: an image is a
 * path string marked `kind: 'image'`, a reference is an entry id marked with the collection it
 * points at. The stand-ins also validate what the CMS saves (see `validate-entry.ts`).
 */
import { z } from 'astro/zod';
import {
  agencySchema,
  boothSchema,
  campaignSchema,
  categoriesSchema,
  closuresSchema,
  journeySchema,
  newsSchema,
  pageSchema,
  serviceSchema,
  siteSchema,
} from '../lib/content-schemas';
import { floorplanSchema } from '../lib/floorplan-schema';

/** Stand-ins for Astro's helpers: same places in the schema, plain strings in the file. */
export const cmsHelpers = {
  image: () => z.string().min(1).meta({ kind: 'image' }),
  agency: () => z.string().min(1).meta({ references: 'agencies' }),
  service: () => z.string().min(1).meta({ references: 'services' }),
};

/** Collections edited as one MDX file per entry in `content/<name>/`. */
export const folderSchemas = {
  agencies: agencySchema(cmsHelpers),
  services: serviceSchema(cmsHelpers),
  journeys: journeySchema(cmsHelpers),
  news: newsSchema(cmsHelpers),
  booths: boothSchema(cmsHelpers),
  campaigns: campaignSchema(cmsHelpers),
  pages: pageSchema(),
};

/** Collections that are one YAML file each in `content/settings/`. */
export const settingsSchemas = {
  site: siteSchema(cmsHelpers),
  categories: categoriesSchema(),
  closures: closuresSchema(),
  floorplan: floorplanSchema,
};

export type FolderCollectionName = keyof typeof folderSchemas;
export type SettingsFileName = keyof typeof settingsSchemas;
