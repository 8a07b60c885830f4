/**
 * Writes the service worker, `dist/sw.js`, in `astro:build:done` (after Pagefind's index, which
 * it fingerprints): src/service-worker/worker.ts bundled by esbuild into one classic script,
 * since a worker cannot load the site's hashed modules before it is installed. Beside it,
 * `dist/offline.js`: the pages' side (src/browser/offline-page.ts), one module at a fixed
 * address that a page imports only when it needs it, so no page carries it in its first view.
 *
 * The worker carries a fingerprint of the build: the names of the content-hashed files
 * (/_astro/, the search index) and the worker's own code. Browsers fetch /sw.js again on every
 * visit (it is served with no-cache); a new fingerprint installs the new worker, which drops the
 * caches of the previous build. The same commit gives the same fingerprint, so builds stay
 * byte-identical.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { paths } from '../lib/routes';

const PLACEHOLDER = 'portal-mpp-build-version';

/** Names of the files whose names change with their content, sorted. */
function hashedNames(dist: string): string[] {
  return ['_astro', 'pagefind']
    .map((folder) => join(dist, folder))
    .filter((folder) => existsSync(folder))
    .flatMap((folder) =>
      readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(dist, join(entry.parentPath, entry.name))),
    )
    .sort();
}

export default function serviceWorker(): AstroIntegration {
  return {
    name: 'portal-mpp:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const bundle = async (entry: string, format: 'iife' | 'esm') => {
          const result = await build({
            entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
            bundle: true,
            write: false,
            format,
            minify: true,
            target: 'es2022',
            legalComments: 'none',
            define: { BUILD_VERSION: JSON.stringify(PLACEHOLDER) },
          });
          return result.outputFiles[0].text;
        };
        const code = await bundle('../service-worker/worker.ts', 'iife');
        const pageCode = await bundle('../browser/offline-page.ts', 'esm');
        const entry = join(dist, 'pagefind/pagefind-entry.json');
        const version = createHash('sha256')
          .update(code)
          .update(pageCode)
          .update(hashedNames(dist).join('\n'))
          .update(existsSync(entry) ? readFileSync(entry) : '')
          .digest('hex')
          .slice(0, 12);
        const worker = code.replaceAll(PLACEHOLDER, version);
        writeFileSync(join(dist, paths.serviceWorker()), worker);
        writeFileSync(join(dist, paths.offlineScript()), pageCode);
        const kb = (text: string) => `${(text.length / 1024).toFixed(1)} KB`;
        logger.info(`service worker ${version}, ${kb(worker)}; page script ${kb(pageCode)}`);
      },
    },
  };
}
