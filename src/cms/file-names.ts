/**
 * File names for new entries whose title has no Latin letter or digit. Decap names a new file
 * from its title in plain ASCII (`slug` in config.ts), so a title written only in Arabic script
 * or only in emoji gives an empty name and the save fails. Every collection's name template
 * ends with `{{__fileNameFallback}}`, which is empty unless the check before saving sets it:
 * then the file is named after the collection and the moment, "berita-20261130-1405".
 * The value is never written into the file (content-format.ts leaves out `__` keys).
 */

/** The working value Decap reads in the name template; not a field of the content model. */
export const FALLBACK_KEY = '__fileNameFallback';

/** Decap's name template with the fallback appended. */
export const withFallback = (template: string) => `${template}{{${FALLBACK_KEY}}}`;

/** What Decap's ASCII file names keep of a text: letters without accents, digits. */
const asciiPart = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * The fallback for a new entry, or undefined when the template already gives a name: the
 * template's fields (`{{title}}`, `{{code}}-{{business}}`) filled from the data, dates left out.
 */
export function fileNameFallback(
  template: string,
  data: Record<string, unknown>,
  collectionLabel: string,
  now: Date,
): string | undefined {
  const fields = [...template.matchAll(/{{\s*([\w.]+)\s*}}/g)].map(([, key]) => key);
  const dated = fields.some((key) => ['year', 'month', 'day', 'hour', 'minute', 'second'].includes(key));
  const named = fields.some(
    (key) => key !== FALLBACK_KEY && asciiPart(String(data[key.replace(/^fields\./, '')] ?? '')),
  );
  if (dated || named) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}`;
  return `${asciiPart(collectionLabel) || 'entri'}-${stamp}`;
}

/** The data without the CMS's working values, as it is written to a file or checked. */
export function withoutWorkingValues<T extends Record<string, unknown>>(data: T): T {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !key.startsWith('__'))) as T;
}
