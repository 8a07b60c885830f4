/**
 * YAML turns an impossible date such as 2025-02-30 into a real one (2 March) before any schema
 * sees it. This reads a file's frontmatter again without YAML's date conversion and reports
 * every YYYY-MM-DD value that is not a calendar date, with its field path.
 */
import { CORE_SCHEMA, load } from 'js-yaml';

const DATE_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/;

/** True when y-m-d names a day that exists. */
export function isCalendarDate(value: string): boolean {
  const match = DATE_LIKE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The YAML part of a content file: the frontmatter of .md/.mdx, or the whole of a .yml file. */
export function yamlPart(source: string, filePath: string): string {
  if (/\.ya?ml$/.test(filePath)) return source;
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  return match ? match[1] : '';
}

/** Field paths ("schedule[0].end") whose value looks like a date but is not one. */
export function impossibleDates(yamlText: string): { field: string; value: string }[] {
  const found: { field: string; value: string }[] = [];
  const visit = (value: unknown, path: string) => {
    if (typeof value === 'string') {
      if (DATE_LIKE.test(value) && !isCalendarDate(value)) found.push({ field: path, value });
    } else if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${path}[${i}]`));
    else if (value && typeof value === 'object')
      for (const [key, item] of Object.entries(value)) visit(item, path ? `${path}.${key}` : key);
  };
  try {
    visit(load(yamlText, { schema: CORE_SCHEMA }), '');
  } catch {
    // Malformed YAML is reported by the content loader itself, with its line number.
  }
  return found;
}
