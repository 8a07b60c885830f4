/** Reading the built site: list its HTML pages and parse them. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

/** Every HTML file under dist, as its URL path ("/layanan/ktp-el-baru/"). */
export function htmlPages(dist: string, dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return htmlPages(dist, full);
    if (!entry.name.endsWith('.html')) return [];
    const rel = relative(dist, full).split(sep).join('/');
    return [`/${rel.replace(/(^|\/)index\.html$/, '$1')}`];
  });
}

/** The file behind a URL path. */
export function fileFor(dist: string, path: string): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

/** Parsed document of a built page. */
export function loadPage(dist: string, path: string): Document {
  return parseHTML(readFileSync(fileFor(dist, path), 'utf8')).document as unknown as Document;
}
