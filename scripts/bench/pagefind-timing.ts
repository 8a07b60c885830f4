/**
 * Times Pagefind's indexing of a built site on its own, the way the site's integration runs
 * it (src/integrations/pagefind.ts: Node API, default options), so that the report can split
 * a build into the site build and the search index. The index is written to a throwaway
 * folder; the site's own index is left as the build wrote it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timedNode, type Timing } from './timed-build';

const INDEX_SCRIPT = `
import { close, createIndex } from 'pagefind';
const [site, outputPath] = process.argv.slice(1);
try {
  const { index, errors } = await createIndex({});
  if (!index || errors.length) throw new Error('Pagefind could not start: ' + errors.join('; '));
  const added = await index.addDirectory({ path: site });
  if (added.errors.length) throw new Error(added.errors.join('; '));
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(written.errors.join('; '));
} finally {
  await close();
}
`;

/** Indexes `dist` again in a separate process started in `root` (whose node_modules has Pagefind). */
export async function timePagefind(root: string, dist: string): Promise<Timing> {
  const output = mkdtempSync(join(tmpdir(), 'portal-mpp-bench-pagefind-'));
  try {
    return await timedNode(root, ['--input-type=module', '-e', INDEX_SCRIPT, dist, output], 'bench-pagefind');
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
}
