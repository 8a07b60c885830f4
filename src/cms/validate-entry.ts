/**
 * Checks an entry against the content model before the CMS saves it, so that rules Decap's
 * widgets cannot express (a paid service must explain its fee, an end date after the start,
 * a valid https link) stop the save with a message in Indonesian instead of failing the build
 * later. Rules across entries (unique booth codes, overlapping slots) are `cross-entry.ts`.
 */
import { z } from 'astro/zod';
import { canonical } from './content-format';
import { unwrap } from './schema-reading';
import { withoutWorkingValues } from './file-names';

type Issue = z.core.$ZodRawIssue;

const countOf = (origin: unknown, n: unknown) => {
  if (origin === 'string') return `${n} karakter`;
  if (origin === 'array' || origin === 'set') return `${n} butir`;
  return String(n);
};

/** Zod's messages for the cases an editor meets, in plain Indonesian; Zod's own `id` locale otherwise. */
function indonesianMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'wajib diisi' : undefined;
    case 'too_small':
      return `isi paling sedikit ${countOf(issue.origin, issue.minimum)}`;
    case 'too_big':
      return `isi paling banyak ${countOf(issue.origin, issue.maximum)}`;
    case 'invalid_value':
      return issue.input === undefined ? 'wajib diisi' : 'pilih salah satu pilihan yang tersedia';
    case 'unrecognized_keys':
      return `isian tidak dikenal: ${issue.keys.join(', ')}`;
    case 'invalid_format':
      return 'format tidak sesuai';
    default:
      return undefined;
  }
}

const localeMessage = (issue: Issue) => {
  const fallback = z.locales.id().localeError as (issue: Issue) => string | { message: string } | undefined;
  const message = fallback(issue);
  return typeof message === 'string' ? message : message?.message;
};

/** "Biaya › Rincian biaya" for the path of a problem, from the fields' titles. */
export function labelOf(schema: z.ZodType, path: PropertyKey[]): string {
  const labels: string[] = [];
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    const inner: z.ZodType | undefined = current ? unwrap(current).schema : undefined;
    const def = inner?._zod.def as { shape?: Record<string, z.ZodType>; element?: z.ZodType } | undefined;
    if (typeof key === 'number') {
      labels.push(`butir ke-${key + 1}`);
      current = def?.element;
    } else {
      current = def?.shape?.[String(key)];
      labels.push((current && unwrap(current).meta.title) || String(key));
    }
  }
  return labels.join(' › ');
}

/** Problems with the entry, one line each, or an empty list. */
export function entryProblems(schema: z.ZodType, data: Record<string, unknown>): string[] {
  // The body is not part of the schema; empty values are left out, as the file will have them.
  const fields = Object.fromEntries(Object.entries(withoutWorkingValues(data)).filter(([key]) => key !== 'body'));
  const cleaned = (canonical(fields) ?? {}) as Record<string, unknown>;
  const result = schema.safeParse(cleaned, { error: (issue) => indonesianMessage(issue) ?? localeMessage(issue) });
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const where = labelOf(schema, issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}
