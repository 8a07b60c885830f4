/**
 * What is particular to the MPP whose content sits in a project's content/: its distinctive
 * place words and every entry, category and tag slug. Read from the content itself, so the
 * lists stay right after the sample changes. `tests/unit/no-sample-specifics.test.ts` keeps
 * them out of src/; `tests/build/second-mpp.test.ts` keeps them out of another MPP's site.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { load } from 'js-yaml';

interface SiteIdentity {
  name: string;
  shortName: string;
  region: string;
  url: string;
  address: { street: string; locality: string; region: string };
}

const siteOf = (root: string) => load(readFileSync(join(root, 'content/settings/site.yml'), 'utf8')) as SiteIdentity;

/** Distinctive words of an MPP: its region without "Kabupaten"/"Kota", places, address, host. */
export function regionalWords(root: string): string[] {
  const site = siteOf(root);
  const place = site.region.replace(/^(Kabupaten|Kota)\s+/i, '');
  const words = [
    place,
    place.replace(/\s+/g, ''),
    site.shortName,
    site.address.street,
    site.address.region,
    ...site.address.locality.split(',').map((part) => part.trim().replace(/^(Kabupaten|Kota)\s+/i, '')),
    new URL(site.url).host,
  ];
  return [...new Set(words.filter((w) => w.length >= 4))];
}

const mdxFiles = (root: string) =>
  readdirSync(join(root, 'content'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'settings')
    .flatMap((folder) =>
      readdirSync(join(root, 'content', folder.name))
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => join(root, 'content', folder.name, name)),
    );

/** Every entry id (file name) and category id of an MPP's content. */
export function contentSlugs(root: string): string[] {
  const categories = load(readFileSync(join(root, 'content/settings/categories.yml'), 'utf8')) as Record<
    string,
    { id: string }[]
  >;
  return [
    ...new Set([
      ...mdxFiles(root).map((file) => basename(file, '.mdx')),
      ...Object.values(categories).flatMap((list) => list.map((c) => c.id)),
    ]),
  ];
}

/** The tags of an MPP's news items. */
export function newsTags(root: string): string[] {
  const news = mdxFiles(root).filter((file) => file.startsWith(join(root, 'content', 'news')));
  const tags = news.flatMap(
    (file) => (load(readFileSync(file, 'utf8').split(/^---$/m)[1]) as { tags?: string[] }).tags ?? [],
  );
  return [...new Set(tags)];
}
