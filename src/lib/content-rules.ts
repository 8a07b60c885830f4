/**
 * The content rules the build applies, on the text of content files, without building and
 * without reading a disk: each file is read as Astro's loaders read it (YAML frontmatter of an
 * .mdx file, a whole settings .yml), checked against its collection's schema from
 * `src/model/collections.ts`, and then against the rules `site-data.ts` runs during the build:
 * the cross-entry rules of `content-integrity.ts` and the calendar check of `raw-dates.ts`.
 * `content-check.ts` runs them on the project's files; the CMS runs them in the browser on the
 * files as they would be after a save (`src/cms/cross-entry.ts`). Each problem is one line,
 * `file: field "path": message`.
 */
import { z } from 'astro/zod';
import { CORE_SCHEMA, load, mergeTag, timestampTag } from 'js-yaml';
import { collectionNames, isFolder, model, plainSchema, specOf, type CollectionName } from '../model/collections';
import { checkIntegrity, type IntegrityEntry } from './content-integrity';
import { impossibleDates, yamlPart } from './raw-dates';
import { bodyProblems } from './body-rules';
import { indonesianMessage } from './zod-messages';

/** The text after an .mdx file's frontmatter. */
export const bodyOf = (text: string) => text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[^\n]*\n?/, '');

/** A content file: its collection, its path from the project root ("content/news/x.mdx"), its text. */
export interface ContentFile {
  collection: CollectionName;
  path: string;
  text: string;
}

/** The data of an entry after its schema, with images and references as plain strings. */
export type PlainData<N extends CollectionName> = z.output<ReturnType<(typeof model)[N]['schema']>>;

/** The entry id Astro's glob loader gives a file of a folder collection (without a `slug`). */
export function entryIdOf(relativePath: string): string {
  return relativePath
    .replace(/\.mdx$/, '')
    .split('/')
    .map((segment) => segment.toLowerCase().replace(/\s/g, '-'))
    .join('/')
    .replace(/\/index$/, '');
}

/** "steps[1].service" for Zod's path ["steps", 1, "service"]. */
const fieldPath = (path: PropertyKey[]) =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');

const problem = (file: string, path: PropertyKey[], message: string) =>
  path.length ? `${file}: field "${fieldPath(path)}": ${message}` : `${file}: ${message}`;

/** The entry id Astro's glob loader gives a file: its `slug` field, or its path without extension. */
function entryId(file: ContentFile, data: Record<string, unknown>): string {
  if (data.slug) return String(data.slug);
  const spec = specOf(file.collection);
  if (!isFolder(spec)) return spec.settingsFile.replace(/\.ya?ml$/, '');
  return entryIdOf(file.path.slice(`content/${spec.folder}/`.length));
}

/**
 * YAML as Astro reads content (its own js-yaml 4, default schema): dates become Date objects,
 * so an impossible date rolls over to a real one, and merge keys work. js-yaml 5, the
 * project's, leaves dates as text unless asked.
 */
const ASTRO_YAML = CORE_SCHEMA.withTags(timestampTag, mergeTag);

/**
 * js-yaml's reason, which the admin shows an editor too, in Indonesian for the mistakes a hand
 * edit makes; the line number says where.
 */
function yamlReason(reason: string | undefined): string {
  if (!reason) return 'penulisannya tidak sesuai';
  if (/indentation/.test(reason)) return 'jarak masuk (indentasi) tidak sesuai';
  if (/duplicated mapping key/.test(reason)) return 'ada isian yang ditulis dua kali';
  if (/end of the stream|unexpected end/.test(reason)) return 'tanda kutip atau kurung tidak ditutup';
  return 'penulisannya tidak sesuai';
}

/** Schema problems of one file and, when it has none, the entry it makes. */
export function parseFile(
  file: ContentFile,
  schema: z.ZodType,
): { problems: string[]; entry?: IntegrityEntry<unknown> } {
  let raw: unknown;
  try {
    raw = load(yamlPart(file.text, file.path), { schema: ASTRO_YAML }) ?? {};
  } catch (error) {
    const { mark, reason } = error as { mark?: { line: number }; reason?: string };
    // The frontmatter of an .mdx file starts on the line after its opening "---".
    const line = mark ? ` (baris ${mark.line + (file.path.endsWith('.mdx') ? 2 : 1)})` : '';
    return { problems: [`${file.path}: YAML tidak bisa dibaca${line}: ${yamlReason(reason)}`] };
  }
  const data = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const result = schema.safeParse(data, { error: indonesianMessage });
  if (!result.success) {
    const problems = result.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => problem(file.path, [...issue.path, key], 'isian ini tidak dikenal'))
        : [problem(file.path, issue.path, issue.message)],
    );
    return { problems };
  }
  return { problems: [], entry: { id: entryId(file, data), filePath: file.path, data: result.data } };
}

const ref = (id: string) => ({ id });

/** The cross-entry rules, on entries that all passed their schemas (as in the build). */
function integrityProblems(entries: Map<CollectionName, IntegrityEntry<unknown>[]>, production: boolean): string[] {
  const of = <N extends CollectionName>(name: N) => (entries.get(name) ?? []) as IntegrityEntry<PlainData<N>>[];
  const [site] = of('site');
  const [categories] = of('categories');
  const [floorplan] = of('floorplan');
  return checkIntegrity({
    agencies: of('agencies'),
    services: of('services').map((e) => ({ ...e, data: { ...e.data, agency: ref(e.data.agency) } })),
    journeys: of('journeys').map((e) => ({
      ...e,
      data: { ...e.data, steps: e.data.steps.map((step) => ({ ...step, service: ref(step.service) })) },
    })),
    news: of('news').map((e) => ({ ...e, data: { ...e.data, relatedServices: e.data.relatedServices.map(ref) } })),
    booths: of('booths'),
    campaigns: of('campaigns').map((e) => ({
      ...e,
      data: { ...e.data, relatedServices: e.data.relatedServices.map(ref) },
    })),
    notices: of('notices').map((e) => ({ ...e, data: { ...e.data, services: e.data.services.map(ref) } })),
    outreach: of('outreach').map((e) => ({ ...e, data: { ...e.data, services: e.data.services.map(ref) } })),
    settings: [
      {
        id: site.id,
        filePath: site.filePath,
        data: {
          featuredServices: site.data.featuredServices.map(ref),
          boothApplication: site.data.boothApplication === undefined ? undefined : ref(site.data.boothApplication),
          visitPage: site.data.visitPage,
          complaintsPage: site.data.complaintsPage,
          draft: false,
        },
      },
    ],
    pages: of('pages'),
    serviceCategories: categories.data.services.map((c) => c.id),
    boothCategories: categories.data.booths.map((c) => c.id),
    boothSlots: floorplan.data.areas.filter((a) => a.kind === 'booth').map((a) => a.id),
    planCounters: floorplan.data.areas.flatMap((a) => a.counters ?? []),
    agencyMentions: [
      ...of('notices').flatMap((entry) =>
        entry.data.agencies.map((agency, i) => ({ entry, collection: 'notices', field: `agencies[${i}]`, agency })),
      ),
      ...of('maklumat').flatMap((entry) =>
        entry.data.agency ? [{ entry, collection: 'maklumat', field: 'agency', agency: entry.data.agency }] : [],
      ),
      ...of('skm').flatMap((entry) =>
        entry.data.results.flatMap((result, i) =>
          result.agency ? [{ entry, collection: 'skm', field: `results[${i}].agency`, agency: result.agency }] : [],
        ),
      ),
    ],
    facilities: of('facilities'),
    planAreas: floorplan.data.areas.map((a) => a.id),
    production,
  });
}

/**
 * Every problem in the given files, as the build would report them: a file's schema problems,
 * then (when every file passed its schema, as the build needs) the rules across entries, then
 * dates that are not on the calendar. `production` (the default) is the build's mode: a
 * published entry may not point at a draft. `acrossBrokenFiles` runs the rules across entries
 * on the files that passed their schemas even when others did not, as long as the settings
 * files did: the CMS compares the problems before and after a save, and one broken file
 * elsewhere must not hide what the save breaks.
 */
export function checkFiles(files: ContentFile[], { production = true, acrossBrokenFiles = false } = {}): string[] {
  const problems: string[] = [];
  const entries = new Map<CollectionName, IntegrityEntry<unknown>[]>();
  // Built once per collection: constructing a schema costs more than checking a file with it.
  const schemas = new Map(collectionNames.map((name) => [name, plainSchema(name)]));
  for (const file of files) {
    const parsed = parseFile(file, schemas.get(file.collection) ?? plainSchema(file.collection));
    problems.push(...parsed.problems);
    if (parsed.entry) entries.set(file.collection, [...(entries.get(file.collection) ?? []), parsed.entry]);
  }
  const missing = collectionNames
    .map(specOf)
    .flatMap((spec) => (isFolder(spec) ? [] : [`content/settings/${spec.settingsFile}`]))
    .filter((path) => !files.some((file) => file.path === path));
  problems.push(...missing.map((path) => `${path}: berkas tidak ada; situs tidak bisa dibangun tanpanya`));
  const settingsRead = collectionNames.every((name) => isFolder(specOf(name)) || entries.has(name));
  if (problems.length === 0 || (acrossBrokenFiles && settingsRead))
    problems.push(...integrityProblems(entries, production));
  for (const file of files) {
    for (const bad of impossibleDates(yamlPart(file.text, file.path)))
      problems.push(problem(file.path, [bad.field], `tanggal "${bad.value}" tidak ada di kalender`));
    if (file.path.endsWith('.mdx'))
      for (const message of bodyProblems(bodyOf(file.text))) problems.push(problem(file.path, ['body'], message));
  }
  return problems;
}
