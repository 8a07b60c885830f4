/**
 * Reads content/settings/floorplan.yml and checks it against its schema, reporting problems
 * with the file and the field the way content collections do.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { floorplanSchema, type Floorplan } from './floorplan-schema';

export function loadFloorplan(file: string): Floorplan {
  let data: unknown;
  try {
    data = load(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: YAML tidak bisa dibaca: ${(error as Error).message}`);
  }
  const result = floorplanSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${file}: field "${issue.path.join('.')}": ${issue.message}`);
    throw new Error(`Denah tidak valid:\n- ${problems.join('\n- ')}`);
  }
  return result.data;
}
