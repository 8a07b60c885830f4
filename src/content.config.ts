/**
 * Astro's view of the content model. The collections, their folders and their schemas are
 * listed once, in `src/model/collections.ts`; here each gets its loader and Astro's `image()`
 * and `reference()` helpers. Schemas are strict (an unknown key is an error) and every field has
 * a label and a description that the CMS shows as its hint. Cross-entry rules (references that
 * exist, unique booth codes, known categories) are checked in `src/lib/content-integrity.ts`.
 */
import { defineCollection, reference, type ImageFunction, type SchemaContext } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  collectionNames,
  defineModel,
  isFolder,
  model,
  type CollectionName,
  type CollectionSpec,
} from './model/collections';

const agencyRef = () => reference('agencies');
const serviceRef = () => reference('services');
const astroHelpers = (image: ImageFunction) => ({ image, agency: agencyRef, service: serviceRef });

/** The model as Astro builds it, for the types of `entry.data` on every page. */
type AstroModel = ReturnType<
  typeof defineModel<ReturnType<ImageFunction>, ReturnType<typeof agencyRef>, ReturnType<typeof serviceRef>>
>;

/** MDX entries in `content/<folder>/`; files starting with `_` are ignored (templates, notes). */
function loaderFor(spec: CollectionSpec) {
  return isFolder(spec)
    ? glob({ base: `./content/${spec.folder}`, pattern: '**/[^_]*.mdx' })
    : glob({ base: './content/settings', pattern: spec.settingsFile });
}

/** An Astro collection per entry of the list, typed by the schema Astro builds for it. */
type AstroCollections = {
  [N in CollectionName]: ReturnType<typeof defineCollection> & {
    schema: (context: SchemaContext) => ReturnType<AstroModel[N]['schema']>;
  };
};

export const collections = Object.fromEntries(
  collectionNames.map((name) => [
    name,
    defineCollection({
      loader: loaderFor(model[name]),
      // Astro calls this once per entry, with an `image()` that resolves paths from that entry.
      schema: ({ image }: SchemaContext) => defineModel(astroHelpers(image))[name].schema(),
    }),
  ]),
) as AstroCollections;
