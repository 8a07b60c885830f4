/**
 * Rules about the files in content/ themselves, which no schema sees: every file is read by a
 * loader, ignored on purpose (a name starting with `_` or `.`, or an upload), or reported — a
 * file the site would silently skip is an editor's work lost. Two files may not become one
 * entry, and a page may not take an address the site already uses. The build (`site-data.ts`)
 * and `content-check.ts` both run these.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { collectionNames, isFolder, specOf } from '../model/collections';
import { entryIdOf } from './content-rules';

/** Where uploaded images live; read through the entries that use them, not as entries. */
const UPLOADS = 'uploads';

/** Written into the site's root by the build's tools rather than by a route file. */
const TOOL_OUTPUTS = ['_astro', 'pagefind', 'sitemap-index.xml', 'sitemap-0.xml'];

/** What the loaders skip by design: a file named `_…` (notes, templates), anything hidden (`.…`). */
const ignored = (path: string) =>
  basename(path).startsWith('_') || path.split('/').some((part) => part.startsWith('.'));

/** Every file below `dir`, as paths relative to it with forward slashes. */
function filesBelow(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(dir.length + 1)
        .split('\\')
        .join('/'),
    );
}

/** Files in content/ that no collection reads and that are not ignored on purpose. */
export function unreadFiles(root: string): string[] {
  const specs = collectionNames.map(specOf);
  const folders = new Set(specs.flatMap((spec) => (isFolder(spec) ? [spec.folder] : [])));
  const settings = new Set(specs.flatMap((spec) => (isFolder(spec) ? [] : [spec.settingsFile])));
  return filesBelow(join(root, 'content'))
    .filter((path) => !ignored(path))
    .filter((path) => {
      const [top, ...rest] = path.split('/');
      if (top === UPLOADS) return false;
      if (top === 'settings') return !(rest.length === 1 && settings.has(rest[0]));
      return !(folders.has(top) && rest.length > 0 && path.endsWith('.mdx'));
    })
    .map((path) => `content/${path}`)
    .sort();
}

/** Groups of files of one collection that would become the same entry (and the same page). */
export function sameEntryFiles(root: string): string[][] {
  return collectionNames.flatMap((name) => {
    const spec = specOf(name);
    if (!isFolder(spec)) return [];
    const byId = new Map<string, string[]>();
    for (const path of filesBelow(join(root, 'content', spec.folder))) {
      if (!path.endsWith('.mdx') || ignored(path)) continue;
      const id = entryIdOf(path);
      byId.set(id, [...(byId.get(id) ?? []), `content/${spec.folder}/${path}`]);
    }
    return [...byId.values()].filter((paths) => paths.length > 1);
  });
}

/**
 * First path segments the site already uses: every route file and folder in src/pages, every
 * file in public/, and what the build's tools write. A page (`/<id>/`) may not take one of them.
 */
export function reservedPageIds(root: string): string[] {
  const routes = readdirSync(join(root, 'src/pages'))
    .filter((name) => !/^[[_.]/.test(name))
    .map((name) => name.replace(/\.(astro|ts|js|md|mdx)$/, ''))
    .filter((name) => name !== 'index');
  const publicFiles = existsSync(join(root, 'public')) ? readdirSync(join(root, 'public')) : [];
  return [...new Set([...routes, ...publicFiles, ...TOOL_OUTPUTS])].sort();
}

/** Every problem with the files of content/ themselves, one line each, in Indonesian. */
export function fileProblems(root: string): string[] {
  const reserved = new Set(reservedPageIds(root));
  const pages = specOf('pages');
  const pageFiles = isFolder(pages) ? filesBelow(join(root, 'content', pages.folder)) : [];
  return [
    ...unreadFiles(root).map(
      (path) =>
        `${path}: berkas ini tidak dibaca situs (hanya berkas .mdx di folder koleksi dan berkas pengaturan .yml yang dibaca); pindahkan, ubah jenisnya, atau awali namanya dengan _ bila memang catatan`,
    ),
    ...sameEntryFiles(root).map(
      (paths) => `${paths.join(' dan ')}: berkas-berkas ini menjadi satu alamat yang sama; ganti nama salah satunya`,
    ),
    ...pageFiles
      .filter((path) => path.endsWith('.mdx') && !ignored(path))
      .filter((path) => reserved.has(entryIdOf(path).split('/')[0]))
      .map(
        (path) =>
          `content/pages/${path}: alamat /${entryIdOf(path)}/ sudah dipakai bagian lain situs; ganti nama berkas halaman ini`,
      ),
  ];
}
