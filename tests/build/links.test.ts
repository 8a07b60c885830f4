/**
 * No broken internal link, anchor or asset anywhere in the built site. External links are
 * listed for review but never fetched (the build machine may be offline; other sites change).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { fileFor, htmlPages } from '../dist-pages';
import { projectRoot } from '../build-site';
import { readSiteUrl } from '../../src/integrations/site-url.mjs';

/** The file a site URL path is served from, or undefined. */
function target(dist: string, pathname: string): string | undefined {
  const file = join(dist, decodeURIComponent(pathname));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

it('every internal link, anchor and asset resolves', () => {
  const dist = inject('distDir');
  // The site's own public address (canonical, og:url, share links) counts as internal.
  const site = new URL(readSiteUrl(projectRoot)).origin;
  const broken: string[] = [];
  const external = new Set<string>();
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      ids = new Set([...document.querySelectorAll('[id]')].map((el) => el.id));
      idsByFile.set(file, ids);
    }
    return ids;
  };
  let checked = 0;
  for (const page of htmlPages(dist)) {
    const { document } = parseHTML(readFileSync(fileFor(dist, page), 'utf8'));
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
      const file = target(dist, url.pathname);
      if (!file) broken.push(`${page}: ${ref} (no such page or file)`);
      else if (url.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${page}: ${ref} (no element with that id)`);
    }
  }
  console.log(
    `links: ${checked} internal references checked, ${broken.length} broken; ${external.size} external links (not fetched):\n  ${[...external].sort().join('\n  ')}`,
  );
  expect(checked).toBeGreaterThan(1000);
  expect(broken).toEqual([]);
});
