/**
 * Every internal link, anchor and asset reference of a built site, checked against the
 * files in dist/. External links are collected, never fetched.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { fileFor, htmlPages } from '../scripts/lib/dist-pages';

/** The file a site URL path is served from, or undefined. */
function target(dist: string, pathname: string): string | undefined {
  const file = join(dist, decodeURIComponent(pathname));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** `target`, asked once per path: every page links the same header, footer and assets. */
function targetsOf(dist: string): (pathname: string) => string | undefined {
  const known = new Map<string, string | undefined>();
  return (pathname) => {
    if (!known.has(pathname)) known.set(pathname, target(dist, pathname));
    return known.get(pathname);
  };
}

export interface LinkReport {
  checked: number;
  broken: string[];
  external: Set<string>;
}

/** `site` is the site's own public origin: canonical, og:url and share links count as internal. */
export function checkLinks(dist: string, site: string): LinkReport {
  const broken: string[] = [];
  const external = new Set<string>();
  const fileOf = targetsOf(dist);
  // Each page is parsed once: its ids are kept for the links into it from pages read later,
  // and a page linked before it was read is parsed for its ids alone.
  const idsByFile = new Map<string, Set<string>>();
  const idsIn = (document: ReturnType<typeof parseHTML>['document']) =>
    new Set([...document.querySelectorAll('[id]')].map((el) => el.id));
  const idsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      ids = idsIn(parseHTML(readFileSync(file, 'utf8')).document);
      idsByFile.set(file, ids);
    }
    return ids;
  };
  let checked = 0;
  for (const page of htmlPages(dist)) {
    const file = fileFor(dist, page);
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    if (!idsByFile.has(file)) idsByFile.set(file, idsIn(document));
    const refs = [
      ...[...document.querySelectorAll('a[href], link[href]')].map((el) => el.getAttribute('href') ?? ''),
      ...[...document.querySelectorAll('script[src], img[src], source[src]')].map((el) => el.getAttribute('src') ?? ''),
      ...[...document.querySelectorAll('img[srcset], source[srcset]')].flatMap((el) =>
        (el.getAttribute('srcset') ?? '').split(',').map((part) => part.trim().split(/\s+/)[0]),
      ),
    ];
    for (const ref of refs) {
      if (!ref || /^(mailto|tel|data):/.test(ref)) continue;
      const url = new URL(ref, new URL(page, site));
      if (url.origin !== site) {
        if (!/^https?:$/.test(url.protocol)) broken.push(`${page}: unsupported link ${ref}`);
        else external.add(url.href);
        continue;
      }
      checked++;
      const linked = fileOf(url.pathname);
      if (!linked) broken.push(`${page}: ${ref} (no such page or file)`);
      else if (url.hash && linked.endsWith('.html') && !idsOf(linked).has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${page}: ${ref} (no element with that id)`);
    }
  }
  return { checked, broken, external };
}
