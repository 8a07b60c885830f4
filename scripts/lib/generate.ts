/**
 * Grows the sample content of a project copy into a large site, for the benchmark and the scale
 * test: more services, news and UMKM booths, written next to the sample files so that every
 * page type, reference and list grows the way it would for a real MPP. Generated entries start from
 * sample files as templates (so they satisfy the strict schemas), reference only agencies,
 * categories and services that exist, and are the same for the same seed.
 *
 * Never run against the project itself: the benchmark calls it on a temporary copy.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { CORE_SCHEMA, dump, load } from 'js-yaml';
import { PNG } from 'pngjs';
import { boothSchema } from '../../src/model/booths';
import { seededRandom, type Random } from './random';
import {
  DISTRICTS,
  NEWS_TAGS,
  PRODUCTS,
  VILLAGES,
  boothDescription,
  newsHeadline,
  paragraph,
  personName,
  price,
  serviceSummary,
  serviceTitle,
  step,
} from './indonesian-text';

/** The seed of the generated content unless `npm run bench --seed` names another. */
export const DEFAULT_SEED = 'portal-mpp-bench';

/** How many entries of each growing collection the site should have in total, sample included. */
export interface CorpusSize {
  services: number;
  news: number;
  booths: number;
}

export interface GeneratedCorpus {
  /** Entries in the site after generation, sample included. */
  total: CorpusSize;
  /** Content files (.mdx) in the site, every collection included. */
  contentFiles: number;
  /** Requests that the content model could not satisfy, as sentences for the report. */
  limits: string[];
}

interface Entry {
  id: string;
  data: Record<string, unknown>;
}

/**
 * Every booth code the content schema accepts, shortest first (G-00 … G-99, then G-100 …), so
 * the generator follows the schema when its code pattern changes. Codes must also be unique.
 */
function boothCodes(): string[] {
  const code = boothSchema({ image: () => z.any() }).shape.code;
  const candidates = [2, 3, 4].flatMap((digits) =>
    Array.from({ length: 10 ** digits }, (_, i) => `G-${String(i).padStart(digits, '0')}`).filter(
      (candidate) => digits === 2 || !candidate.startsWith('G-0'),
    ),
  );
  return candidates.filter((candidate) => code.safeParse(candidate).success);
}
const COVER_FILE = 'bench-sampul.png';

/** Frontmatter parsed without YAML's date conversion, so dates are written back unchanged. */
function readEntries(root: string, collection: string): Entry[] {
  const dir = join(root, 'content', collection);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .map((name) => {
      const source = readFileSync(join(dir, name), 'utf8');
      const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
      return { id: name.replace(/\.mdx$/, ''), data: load(yaml, { schema: CORE_SCHEMA }) as Record<string, unknown> };
    });
}

function writeEntry(root: string, collection: string, id: string, data: object, body: string) {
  const yaml = dump(data, { schema: CORE_SCHEMA, lineWidth: -1, noRefs: true });
  writeFileSync(join(root, 'content', collection, `${id}.mdx`), `---\n${yaml}---\n\n${body}\n`);
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

function randomDay(random: Random, from: string, to: string): string {
  const start = Date.parse(from);
  return isoDay(new Date(start + random.int(0, (Date.parse(to) - start) / 86_400_000) * 86_400_000));
}

const published = (entries: Entry[]) => entries.filter((entry) => entry.data.draft !== true);

function generateServices(root: string, random: Random, count: number): string[] {
  const templates = published(readEntries(root, 'services'));
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    const template = random.pick(templates);
    const { title, aliases } = serviceTitle(random, String(template.data.category), random.pick(DISTRICTS));
    const id = `${slug(title)}-${n + 1}`;
    const data = {
      ...structuredClone(template.data),
      title,
      summary: serviceSummary(random, title),
      aliases,
      steps: Array.from({ length: random.int(3, 6) }, () => step(random)),
      lastReviewed: randomDay(random, '2024-01-01', '2026-10-31'),
      verified: false,
      draft: false,
    };
    const body = [paragraph(random, title), paragraph(random, title)].join('\n\n');
    writeEntry(root, 'services', id, data, body);
    ids.push(id);
  }
  return ids;
}

/**
 * One small image reused by every generated cover (a 1200×675 photo-sized PNG in two colours):
 * Astro optimises it once per size, as it would one real upload used by many pages.
 */
function writeCoverImage(root: string) {
  const png = new PNG({ width: 1200, height: 675 });
  for (let i = 0; i < png.width * png.height; i++) {
    const sky = i / png.width < png.height * 0.6;
    png.data.set(sky ? [0x1f, 0x5f, 0x8b, 0xff] : [0xa6, 0x1b, 0x1b, 0xff], i * 4);
  }
  mkdirSync(join(root, 'content', 'uploads'), { recursive: true });
  writeFileSync(join(root, 'content', 'uploads', COVER_FILE), PNG.sync.write(png));
}

function generateNews(root: string, random: Random, count: number, serviceIds: string[]) {
  for (let n = 0; n < count; n++) {
    const { title, topic } = newsHeadline(random);
    const cover = random.chance(0.25)
      ? { cover: { src: `../uploads/${COVER_FILE}`, alt: `Petugas MPP melayani warga untuk ${topic}` } }
      : {};
    const data = {
      title,
      date: randomDay(random, '2024-01-01', '2026-11-27'),
      summary: `${title}. ${paragraph(random, topic, 1)}`.slice(0, 300),
      ...cover,
      tags: random.sample(NEWS_TAGS, random.int(1, 3)),
      relatedServices: random.sample(serviceIds, random.int(0, 3)),
    };
    const body = [
      paragraph(random, topic),
      `## ${random.pick(['Jadwal dan lokasi', 'Yang perlu dibawa', 'Tanggapan warga'])}`,
      paragraph(random, topic),
      paragraph(random, topic),
    ].join('\n\n');
    writeEntry(root, 'news', `${slug(title)}-${n + 1}`, data, body);
  }
}

/** Floor-plan booth areas when the site has a floor plan, otherwise the slots the sample uses. */
function boothSlots(root: string, sample: Entry[]): string[] {
  const plan = join(root, 'content', 'settings', 'floorplan.yml');
  if (existsSync(plan)) {
    const areas = (load(readFileSync(plan, 'utf8')) as { areas?: { id: string; kind: string }[] }).areas ?? [];
    const slots = areas.filter((area) => area.kind === 'booth').map((area) => area.id);
    if (slots.length) return slots;
  }
  return [...new Set(sample.map((booth) => String(booth.data.slot)))];
}

/**
 * Booths rotate through the existing slots in four-week periods, as a real MPP's history
 * grows: nine in ten fill the years before the sample's first period in their slot (finished
 * booths), one in ten the months after its last (upcoming). No slot is ever double-booked.
 */
function generateBooths(root: string, random: Random, wanted: number): { generated: number; codes: number } {
  const sample = readEntries(root, 'booths');
  const used = new Set(sample.map((booth) => String(booth.data.code)));
  const allowed = boothCodes();
  const codes = allowed.filter((code) => !used.has(code)).slice(0, wanted);
  const slots = boothSlots(root, sample);
  // Per slot: the first free day after the sample's periods, and the last free day before them.
  const nextFree = new Map(slots.map((slot) => [slot, new Date('2027-01-04')]));
  const lastFree = new Map(slots.map((slot) => [slot, new Date('2026-06-28')]));
  for (const booth of sample)
    for (const period of booth.data.schedule as { start: string; end: string }[]) {
      const slot = String(booth.data.slot);
      const after = addDays(new Date(period.end), 7);
      const before = addDays(new Date(period.start), -7);
      if (after > (nextFree.get(slot) ?? after)) nextFree.set(slot, after);
      if (before < (lastFree.get(slot) ?? before)) lastFree.set(slot, before);
    }
  const categories = Object.keys(PRODUCTS);
  codes.forEach((code, n) => {
    const slot = slots[n % slots.length];
    let start: Date;
    let end: Date;
    if (n % 10 === 9) {
      start = nextFree.get(slot) ?? new Date('2027-01-04');
      end = addDays(start, 27);
      nextFree.set(slot, addDays(end, 3));
    } else {
      end = lastFree.get(slot) ?? new Date('2026-06-28');
      start = addDays(end, -27);
      lastFree.set(slot, addDays(start, -3));
    }
    const category = random.pick(categories);
    const products = random.sample(PRODUCTS[category], random.int(1, 3));
    const village = random.pick(VILLAGES);
    const business = `${products[0]} ${village}`;
    const data = {
      code,
      business,
      owner: personName(random),
      category,
      origin: `Desa ${village}, Kecamatan ${random.pick(DISTRICTS)}`,
      products: products.map((name) => (random.chance(0.7) ? { name, price: price(random) } : { name })),
      ...(random.chance(0.5) ? { whatsapp: `628${random.int(100_000_000, 999_999_999)}` } : {}),
      schedule: [{ start: isoDay(start), end: isoDay(end) }],
      slot,
    };
    writeEntry(
      root,
      'booths',
      `${code.toLowerCase()}-${slug(business)}`,
      data,
      boothDescription(random, products[0], village),
    );
  });
  return { generated: codes.length, codes: allowed.length };
}

const countFiles = (root: string) =>
  readdirSync(join(root, 'content')).reduce((sum, collection) => {
    const dir = join(root, 'content', collection);
    return sum + (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.mdx')).length : 0);
  }, 0);

/** Adds entries to `root/content` until each collection reaches the wanted size. */
export function generateContent(root: string, wanted: CorpusSize, seed: string): GeneratedCorpus {
  const random = seededRandom(seed);
  const have = {
    services: readEntries(root, 'services').length,
    news: readEntries(root, 'news').length,
    booths: readEntries(root, 'booths').length,
  };
  const limits: string[] = [];
  const newServices = generateServices(root, random, Math.max(0, wanted.services - have.services));
  const serviceIds = [...published(readEntries(root, 'services')).map((entry) => entry.id)];
  const newsCount = Math.max(0, wanted.news - have.news);
  if (newsCount > 0) writeCoverImage(root);
  generateNews(root, random, newsCount, serviceIds);
  const boothsWanted = Math.max(0, wanted.booths - have.booths);
  const booths = generateBooths(root, random, boothsWanted);
  const newBooths = booths.generated;
  if (newBooths < boothsWanted)
    limits.push(
      `${wanted.booths} booths requested, ${have.booths + newBooths} in the site: booth codes must be unique and match the code pattern of boothSchema (src/model/booths.ts), which allows ${booths.codes}`,
    );
  return {
    total: {
      services: have.services + newServices.length,
      news: have.news + newsCount,
      booths: have.booths + newBooths,
    },
    contentFiles: countFiles(root),
    limits,
  };
}
