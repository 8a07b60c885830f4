// Reads the site's public address before Astro starts, so canonical links, the sitemap and
// QR codes use the address an MPP sets in its own content, not one written in code.
import { readFileSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';

/** @returns {string} the public URL: SITE_URL when set, else `url` from content/settings/site.yml */
export function readSiteUrl(root = process.cwd()) {
  if (process.env.SITE_URL) return process.env.SITE_URL;
  const file = `${root}/content/settings/site.yml`;
  const data = /** @type {{ url?: unknown }} */ (parseYaml(readFileSync(file, 'utf8')));
  if (typeof data?.url !== 'string') throw new Error(`${file}: field "url" is missing`);
  return data.url;
}
