// Astro keeps parsed content in node_modules/.astro/data-store.json and throws it away only when
// the text of src/content.config.ts changes. The schemas live in src/model/, which that file
// imports, so a changed schema (a new field with a default, say) would leave entries parsed by
// the old one. Before each build or dev server, this drops the store when src/model/ changed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Removes Astro's content store under `root` when the model's files differ from the last run. */
export function dropStaleContentStore(root) {
  const model = join(root, 'src/model');
  const hash = createHash('sha256');
  for (const name of readdirSync(model).sort()) hash.update(name).update(readFileSync(join(model, name)));
  const digest = hash.digest('hex');
  const cache = join(root, 'node_modules/.astro');
  const stamp = join(cache, 'model-digest');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return;
  rmSync(join(cache, 'data-store.json'), { force: true });
  mkdirSync(cache, { recursive: true });
  writeFileSync(stamp, digest);
}
