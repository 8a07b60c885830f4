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
import { indonesianMessage } from '../lib/zod-messages';

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
  const result = schema.safeParse(cleaned, { error: indonesianMessage });
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const where = labelOf(schema, issue.path);
    return where ? `${where}: ${issue.message}` : issue.message;
  });
}
