/**
 * Two builds of the same sources give byte-identical sites, so a deploy can be verified and
 * a diff of dist/ shows only real changes. No file is exempt today; if one ever must carry
 * a timestamp, list it in ALLOWED_TO_DIFFER with the reason.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, inject, it } from 'vitest';
import { astroBuild, projectCopy } from '../build-site';

const ALLOWED_TO_DIFFER: string[] = [];

function fingerprints(dist: string, dir = dist, out = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) fingerprints(dist, full, out);
    else out.set(relative(dist, full), createHash('sha256').update(readFileSync(full)).digest('hex'));
  }
  return out;
}

it('a second build of the same commit is byte-identical to the first', async () => {
  const first = fingerprints(inject('distDir'));
  const copy = await projectCopy();
  try {
    const result = await astroBuild(copy.root, inject('buildEnv'));
    expect(result.ok, result.output.slice(-2000)).toBe(true);
    const second = fingerprints(join(copy.root, 'dist'));
    const differing = [...new Set([...first.keys(), ...second.keys()])]
      .filter((file) => first.get(file) !== second.get(file))
      .filter((file) => !ALLOWED_TO_DIFFER.includes(file));
    console.log(`deterministic build: ${first.size} files compared, ${differing.length} differ`);
    expect(differing).toEqual([]);
  } finally {
    await copy.dispose();
  }
});
