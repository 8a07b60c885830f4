/**
 * The content model: one collection per kind of content, all read from the top-level
 * `content/` folder. The schemas themselves are built in `src/lib/content-schemas.ts`, so that
 * the CMS derives its forms from exactly the same definitions; here each collection gets its
 * loader and Astro's `image()` and `reference()` helpers. Schemas are strict (an unknown key is
 * an error) and every field has a label and a description that the CMS shows as its hint.
 * Cross-entry rules (references that exist, unique booth codes, known categories) are checked
 * in `src/lib/content-integrity.ts`.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
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
} from './lib/content-schemas';
import { floorplanSchema } from './lib/floorplan-schema';

/** MDX entries in `content/<name>/`; files starting with `_` are ignored (templates, notes). */
const mdxIn = (name: string) => glob({ base: `./content/${name}`, pattern: '**/[^_]*.mdx' });
/** One YAML settings file in `content/settings/`, loaded as a single entry named after it. */
const settingsFile = (file: string) => glob({ base: './content/settings', pattern: file });

const agency = () => reference('agencies');
const service = () => reference('services');

const agencies = defineCollection({ loader: mdxIn('agencies'), schema: ({ image }) => agencySchema({ image }) });
const services = defineCollection({ loader: mdxIn('services'), schema: serviceSchema({ agency }) });
const journeys = defineCollection({ loader: mdxIn('journeys'), schema: journeySchema({ service }) });
const news = defineCollection({ loader: mdxIn('news'), schema: ({ image }) => newsSchema({ image, service }) });
const booths = defineCollection({ loader: mdxIn('booths'), schema: ({ image }) => boothSchema({ image }) });
const campaigns = defineCollection({
  loader: mdxIn('campaigns'),
  schema: ({ image }) => campaignSchema({ image, service }),
});
const pages = defineCollection({ loader: mdxIn('pages'), schema: pageSchema() });
const site = defineCollection({ loader: settingsFile('site.yml'), schema: siteSchema({ service }) });
const categories = defineCollection({ loader: settingsFile('categories.yml'), schema: categoriesSchema() });
const closures = defineCollection({ loader: settingsFile('closures.yml'), schema: closuresSchema() });
const floorplan = defineCollection({ loader: settingsFile('floorplan.yml'), schema: floorplanSchema });

export const collections = {
  agencies,
  services,
  journeys,
  news,
  booths,
  campaigns,
  pages,
  site,
  categories,
  closures,
  floorplan,
};
